using Workbench.Core.Documents;

namespace Workbench.Core.Search;

/// <summary>
/// The search keys of both sides of one link: each side's text is its segments joined as <see cref="SideText"/>
/// joins them, which is what the stored index keys are computed from.
/// </summary>
public sealed record LinkSearchKeys(SideSearchKeys English, SideSearchKeys Japanese)
{
    /// <summary>
    /// The keys of every segment of one side, on the calling thread: a segment's keys do not depend on the alignment,
    /// so an import runs this on one thread beside the aligner (which has parallel loops of its own).
    /// </summary>
    public static SideSearchKeys[] OfSegments(IReadOnlyList<Segment> segments, Language language)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var keys = new SideSearchKeys[segments.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = SideSearchKeys.Of(segments[i].Text, language);
        }

        return keys;
    }

    /// <summary>
    /// The keys of every link (null where a side is empty: such a link has no pair to index), reusing a segment's keys
    /// for a one-segment side and computing only the sides joined from several segments. Bead positions are positions
    /// in the segment lists, whose keys <paramref name="englishKeys"/> and <paramref name="japaneseKeys"/> hold.
    /// </summary>
    public static IReadOnlyList<LinkSearchKeys?> OfLinks(
        IReadOnlyList<Segment> english,
        IReadOnlyList<Segment> japanese,
        IReadOnlyList<AlignmentLink> links,
        IReadOnlyList<SideSearchKeys> englishKeys,
        IReadOnlyList<SideSearchKeys> japaneseKeys)
    {
        ArgumentNullException.ThrowIfNull(english);
        ArgumentNullException.ThrowIfNull(japanese);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(englishKeys);
        ArgumentNullException.ThrowIfNull(japaneseKeys);
        var keys = new LinkSearchKeys?[links.Count];
        Parallel.For(0, links.Count, i =>
        {
            var bead = links[i].Bead;
            if (bead.EnCount > 0 && bead.JaCount > 0)
            {
                keys[i] = new LinkSearchKeys(
                    Side(english, englishKeys, bead.EnStart, bead.EnCount, Language.English),
                    Side(japanese, japaneseKeys, bead.JaStart, bead.JaCount, Language.Japanese));
            }
        });
        return keys;
    }

    /// <summary>A side's text as the pair shows it (<see cref="SideText"/>), from <paramref name="count"/> segments at <paramref name="start"/>.</summary>
    public static string Join(IReadOnlyList<Segment> segments, int start, int count, Language language)
    {
        ArgumentNullException.ThrowIfNull(segments);
        return count == 1 ? segments[start].Text : SideText.Join(Enumerable.Range(start, count).Select(i => segments[i].Text), language);
    }

    private static SideSearchKeys Side(IReadOnlyList<Segment> segments, IReadOnlyList<SideSearchKeys> segmentKeys, int start, int count, Language language) =>
        count == 1 ? segmentKeys[start] : SideSearchKeys.Of(Join(segments, start, count, language), language);
}
