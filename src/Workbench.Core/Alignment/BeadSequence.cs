namespace Workbench.Core.Alignment;

/// <summary>The invariants every alignment keeps: each segment of both sides exactly once, in order.</summary>
public static class BeadSequence
{
    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="beads"/> tile both sides in order.</summary>
    public static void Validate(IReadOnlyList<Bead> beads, int englishCount, int japaneseCount)
    {
        ArgumentNullException.ThrowIfNull(beads);
        var nextEnglish = 0;
        var nextJapanese = 0;
        for (var i = 0; i < beads.Count; i++)
        {
            var bead = beads[i];
            if (bead.EnStart != nextEnglish || bead.JaStart != nextJapanese)
            {
                throw new ArgumentException(
                    $"bead {i} {bead.ToLinkNotation()} does not start where the previous one ended (en {nextEnglish}, ja {nextJapanese})",
                    nameof(beads));
            }

            if (bead.EnCount < 0 || bead.JaCount < 0 || bead.EnCount + bead.JaCount == 0)
            {
                throw new ArgumentException($"bead {i} has no segments or a negative count", nameof(beads));
            }

            if (bead.Confidence is < 0 or > 1 || double.IsNaN(bead.Confidence))
            {
                throw new ArgumentException($"bead {i} has confidence {bead.Confidence} outside [0, 1]", nameof(beads));
            }

            nextEnglish = bead.EnEnd;
            nextJapanese = bead.JaEnd;
        }

        if (nextEnglish != englishCount || nextJapanese != japaneseCount)
        {
            throw new ArgumentException(
                $"beads cover {nextEnglish} English and {nextJapanese} Japanese segments of {englishCount} and {japaneseCount}",
                nameof(beads));
        }
    }
}
