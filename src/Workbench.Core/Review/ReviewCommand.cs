namespace Workbench.Core.Review;

/// <summary>What the reviewer asks the <see cref="ReviewSession"/> to do; a UI maps its keys and clicks onto these.</summary>
public enum ReviewCommand
{
    MoveDown,
    MoveUp,
    PageDown,
    PageUp,
    First,
    Last,
    NextNeedingDecision,
    PreviousNeedingDecision,
    Confirm,
    ConfirmRun,
    Reject,
    MergeWithNext,
    StartSplit,
    EnglishBoundaryDown,
    EnglishBoundaryUp,
    JapaneseBoundaryDown,
    JapaneseBoundaryUp,
    Undo,
    Redo,
    Realign,

    // While a split is being chosen.
    SplitCommit,
    SplitCancel,
    SplitSwitchSide,
    SplitEnglishDown,
    SplitEnglishUp,
    SplitJapaneseDown,
    SplitJapaneseUp,
    SplitActiveDown,
    SplitActiveUp,
}
