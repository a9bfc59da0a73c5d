namespace Workbench.Tui;

/// <summary>Tuning of the review UI: what counts as low confidence, what an edited bead scores, paging.</summary>
/// <param name="LowConfidenceThreshold">Beads below this confidence are flagged (red) and visited by <c>n</c>/<c>N</c>.</param>
/// <param name="HighConfidenceThreshold">Beads at or above this confidence are shown green; between the two, yellow.</param>
/// <param name="EditedBeadConfidence">Confidence given to a bead a reviewer shaped by hand (merge, split, shift).</param>
/// <param name="DefaultPageSize">Beads per PgDn/PgUp before the first frame has told how many fit.</param>
/// <param name="KeyPollInterval">How often the key loop checks for a resized terminal while no key is pressed.</param>
public sealed record ReviewOptions(
    double LowConfidenceThreshold,
    double HighConfidenceThreshold,
    double EditedBeadConfidence,
    int DefaultPageSize,
    TimeSpan KeyPollInterval)
{
    public static ReviewOptions Default { get; } = new(
        LowConfidenceThreshold: 0.5,
        HighConfidenceThreshold: 0.8,
        EditedBeadConfidence: 1.0,
        DefaultPageSize: 10,
        KeyPollInterval: TimeSpan.FromMilliseconds(40));
}
