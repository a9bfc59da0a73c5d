namespace Workbench.Tui;

/// <summary>How many beads of the document are in each review state, for the status bar.</summary>
public sealed record ReviewCounts(int Confirmed, int Rejected, int Unreviewed, int LowConfidence);
