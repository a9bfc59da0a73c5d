namespace Workbench.Core.Review;

/// <summary>How many beads of the document are in each review state.</summary>
/// <param name="NeedingDecision">Beads a reviewer has to look at: all but the one-sided beads that lie outside the
/// other side's coverage (a Japanese-only tail where the English original covers only the lead).</param>
/// <param name="Decided">Of those, how many are confirmed or rejected.</param>
public sealed record ReviewCounts(int Confirmed, int Rejected, int Unreviewed, int LowConfidence, int NeedingDecision, int Decided)
{
    /// <summary>Share of the beads needing a decision that have one, 0..1 (1 when none needs one).</summary>
    public double Progress => NeedingDecision == 0 ? 1 : (double)Decided / NeedingDecision;
}
