namespace Workbench.Tui;

/// <summary>Which beads the last frame showed; the renderer keeps it following the cursor.</summary>
public sealed class Viewport(int pageSize)
{
    /// <summary>Index of the first bead on screen.</summary>
    public int Top { get; set; }

    /// <summary>Beads that fitted on the last frame: the step of PgDn/PgUp.</summary>
    public int PageSize { get; set; } = pageSize;
}
