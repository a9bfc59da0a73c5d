namespace Workbench.Tui;

/// <summary>Which keys the review session is listening for.</summary>
public enum ReviewMode
{
    /// <summary>Navigation and edits.</summary>
    Normal,

    /// <summary>Choosing where to split the current bead on each side.</summary>
    Split,

    /// <summary>Typing a search query.</summary>
    Search,

    /// <summary>The key reference is shown; any key closes it.</summary>
    Help,
}
