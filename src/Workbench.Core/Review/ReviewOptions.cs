using Workbench.Core.Documents;

namespace Workbench.Core.Review;

/// <summary>Tuning of the review: what counts as low confidence, what an edited bead scores, paging.</summary>
/// <param name="Policy">Which unreviewed beads count as low confidence (flagged red), shared with storage's counts.</param>
/// <param name="HighConfidenceThreshold">Beads at or above this confidence are shown green; between the two, yellow.</param>
/// <param name="EditedBeadConfidence">Confidence stored for a bead a reviewer shaped by hand (merge, split, shift);
/// such a bead is shown as edited, not with this number.</param>
/// <param name="DefaultPageSize">Beads per page before the UI has told how many fit.</param>
public sealed record ReviewOptions(
    ReviewPolicy Policy,
    double HighConfidenceThreshold,
    double EditedBeadConfidence,
    int DefaultPageSize)
{
    public static ReviewOptions Default { get; } = new(
        Policy: ReviewPolicy.Default,
        HighConfidenceThreshold: 0.8,
        EditedBeadConfidence: 1.0,
        DefaultPageSize: 10);
}
