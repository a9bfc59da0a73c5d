namespace Workbench.Core.Review;

/// <summary>Which beads the UI showed last; the UI keeps it following the cursor.</summary>
public sealed class Viewport(int pageSize)
{
    /// <summary>Index of the first bead on screen.</summary>
    public int Top { get; set; }

    /// <summary>Beads that fitted on the last frame: the step of a page move.</summary>
    public int PageSize { get; set; } = pageSize;
}
