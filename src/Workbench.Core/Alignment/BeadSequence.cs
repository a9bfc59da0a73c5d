namespace Workbench.Core.Alignment;

/// <summary>
/// The invariant every alignment and every edit of one keeps: beads tile a span of both sides exactly once, in order,
/// none empty on both sides, confidences in [0, 1]. Written once here; import, reviewer edits and storage all use it.
/// </summary>
public static class BeadSequence
{
    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="beads"/> tile both whole sides in order.</summary>
    public static void Validate(IReadOnlyList<Bead> beads, int englishCount, int japaneseCount) =>
        Validate(beads, 0, englishCount, 0, japaneseCount);

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="beads"/> tile English
    /// [<paramref name="enStart"/>, <paramref name="enEnd"/>) and Japanese [<paramref name="jaStart"/>, <paramref name="jaEnd"/>).</summary>
    public static void Validate(IReadOnlyList<Bead> beads, int enStart, int enEnd, int jaStart, int jaEnd)
    {
        if (Violation(beads, enStart, enEnd, jaStart, jaEnd) is { } violation)
        {
            throw new ArgumentException(violation, nameof(beads));
        }
    }

    /// <summary>Whether <paramref name="beads"/> tile English [enStart, enEnd) and Japanese [jaStart, jaEnd).</summary>
    public static bool Tiles(IEnumerable<Bead> beads, int enStart, int enEnd, int jaStart, int jaEnd) =>
        Violation(beads, enStart, enEnd, jaStart, jaEnd) is null;

    private static string? Violation(IEnumerable<Bead> beads, int enStart, int enEnd, int jaStart, int jaEnd)
    {
        ArgumentNullException.ThrowIfNull(beads);
        var nextEnglish = enStart;
        var nextJapanese = jaStart;
        var i = 0;
        foreach (var bead in beads)
        {
            if (bead.EnStart != nextEnglish || bead.JaStart != nextJapanese)
            {
                return $"bead {i} {bead.ToLinkNotation()} does not start where the previous one ended (en {nextEnglish}, ja {nextJapanese})";
            }

            if (bead.EnCount < 0 || bead.JaCount < 0 || bead.EnCount + bead.JaCount == 0)
            {
                return $"bead {i} has no segments or a negative count";
            }

            if (bead.Confidence is < 0 or > 1 || double.IsNaN(bead.Confidence))
            {
                return $"bead {i} has confidence {bead.Confidence} outside [0, 1]";
            }

            nextEnglish = bead.EnEnd;
            nextJapanese = bead.JaEnd;
            i++;
        }

        return nextEnglish != enEnd || nextJapanese != jaEnd
            ? $"beads cover {nextEnglish - enStart} English and {nextJapanese - jaStart} Japanese segments of {enEnd - enStart} and {jaEnd - jaStart}"
            : null;
    }
}
