namespace Workbench.Tui;

/// <summary>What a key asks the review session to do.</summary>
public enum ReviewAction
{
    MoveDown,
    MoveUp,
    PageDown,
    PageUp,
    First,
    Last,
    NextNeedingReview,
    PreviousNeedingReview,
    Confirm,
    Reject,
    MergeWithNext,
    Split,
    EnglishBoundaryDown,
    EnglishBoundaryUp,
    JapaneseBoundaryDown,
    JapaneseBoundaryUp,
    Undo,
    Redo,
    Realign,
    Search,
    Help,
    Quit,
}
