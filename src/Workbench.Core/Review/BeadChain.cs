using Workbench.Core.Alignment;
using Workbench.Core.Documents;

namespace Workbench.Core.Review;

/// <summary>
/// Reviewer-side helpers over a chain of links: finding a bead, its shape, one side's run. The chain's invariant itself
/// is <see cref="BeadSequence"/>'s.
/// </summary>
public static class BeadChain
{
    /// <summary>
    /// Index of the link that starts where <paramref name="bead"/> starts, or -1. Along a valid chain
    /// EnStart + JaStart strictly increases (every bead advances at least one side), so a binary search finds it.
    /// </summary>
    public static int IndexOfStart(IReadOnlyList<AlignmentLink> links, Bead bead)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(bead);
        var key = bead.EnStart + bead.JaStart;
        var low = 0;
        var high = links.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var candidate = links[middle].Bead;
            var candidateKey = candidate.EnStart + candidate.JaStart;
            if (candidateKey == key)
            {
                return candidate.EnStart == bead.EnStart && candidate.JaStart == bead.JaStart ? middle : -1;
            }

            if (candidateKey < key)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    /// <summary>The bead's shape as reviewers say it: 1-1, 2-1, 1-0, 0-1.</summary>
    public static string Shape(Bead bead)
    {
        ArgumentNullException.ThrowIfNull(bead);
        return $"{bead.EnCount}-{bead.JaCount}";
    }

    internal static int Count(Bead bead, Language side) => side == Language.English ? bead.EnCount : bead.JaCount;

    internal static int Start(Bead bead, Language side) => side == Language.English ? bead.EnStart : bead.JaStart;

    /// <summary>The bead with one side's run moved to <paramref name="start"/> and resized to <paramref name="count"/>.</summary>
    internal static Bead WithSide(Bead bead, Language side, int start, int count) =>
        side == Language.English
            ? bead with { EnStart = start, EnCount = count }
            : bead with { JaStart = start, JaCount = count };
}
