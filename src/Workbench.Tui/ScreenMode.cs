namespace Workbench.Tui;

/// <summary>Which keys the review screen is listening for.</summary>
public enum ScreenMode
{
    /// <summary>Navigation and edits.</summary>
    Normal,

    /// <summary>Choosing where to split the current bead on each side.</summary>
    Split,

    /// <summary>Typing a search query in the search field.</summary>
    Search,

    /// <summary>A form (segment text, glossary entry) is open.</summary>
    Form,

    /// <summary>The terms panel has the focus.</summary>
    Terms,

    /// <summary>The concordance panel (hits of a search of the document or of the whole memory) has the focus.</summary>
    Concordance,

    /// <summary>The key reference is shown.</summary>
    Help,

    /// <summary>Choosing the document to review.</summary>
    Picker,
}
