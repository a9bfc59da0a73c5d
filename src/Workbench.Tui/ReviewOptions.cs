using Workbench.Core.Documents;

namespace Workbench.Tui;

/// <summary>Tuning of the review UI: what counts as low confidence, what an edited bead scores, paging.</summary>
/// <param name="Policy">Which unreviewed beads count as low confidence (flagged red), shared with storage's counts.</param>
/// <param name="HighConfidenceThreshold">Beads at or above this confidence are shown green; between the two, yellow.</param>
/// <param name="EditedBeadConfidence">Confidence given to a bead a reviewer shaped by hand (merge, split, shift).</param>
/// <param name="DefaultPageSize">Beads per PgDn/PgUp before the first frame has told how many fit.</param>
/// <param name="KeyPollInterval">How often the key loop checks for a resized terminal while no key is pressed.</param>
public sealed record ReviewOptions(
    ReviewPolicy Policy,
    double HighConfidenceThreshold,
    double EditedBeadConfidence,
    int DefaultPageSize,
    TimeSpan KeyPollInterval)
{
    public static ReviewOptions Default { get; } = new(
        Policy: ReviewPolicy.Default,
        HighConfidenceThreshold: 0.8,
        EditedBeadConfidence: 1.0,
        DefaultPageSize: 10,
        KeyPollInterval: TimeSpan.FromMilliseconds(40));
}
