namespace Workbench.Core.Documents;

/// <summary>When a link counts as doubtful and is sent to the reviewer first.</summary>
/// <param name="LowConfidenceThreshold">Unreviewed links below this confidence are "low confidence".</param>
public sealed record ReviewPolicy(double LowConfidenceThreshold)
{
    public static ReviewPolicy Default { get; } = new(LowConfidenceThreshold: 0.6);

    public bool IsLowConfidence(AlignmentLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.Status == LinkStatus.Auto && link.Bead.Confidence < LowConfidenceThreshold;
    }
}
