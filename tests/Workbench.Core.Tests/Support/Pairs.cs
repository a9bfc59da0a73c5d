using Workbench.Core.Alignment;
using Workbench.Core.Documents;

namespace Workbench.Core.Tests.Support;

/// <summary>Builds <see cref="AlignedPair"/> values the way storage would return them.</summary>
internal static class Pairs
{
    public static readonly DateTimeOffset Edited = new(2025, 3, 4, 14, 5, 6, TimeSpan.FromHours(9));

    public static AlignedPair Make(
        string english,
        string japanese,
        string document = "wotr-sample",
        LinkStatus status = LinkStatus.Confirmed,
        double confidence = 0.875,
        DateTimeOffset? updatedAt = null) =>
        Make([english], [japanese], document, status, confidence, updatedAt);

    public static AlignedPair Make(
        IReadOnlyList<string> english,
        IReadOnlyList<string> japanese,
        string document = "wotr-sample",
        LinkStatus status = LinkStatus.Confirmed,
        double confidence = 0.875,
        DateTimeOffset? updatedAt = null)
    {
        var bead = new Bead(0, english.Count, 0, japanese.Count, confidence);
        return new AlignedPair(
            document,
            new AlignmentLink(bead, status, updatedAt ?? Edited),
            english.Select((text, i) => new Segment(i, 0, 1, text)).ToList(),
            japanese.Select((text, i) => new Segment(i, 0, 1, text)).ToList());
    }
}
