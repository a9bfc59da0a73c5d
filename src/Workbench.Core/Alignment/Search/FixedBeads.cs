namespace Workbench.Core.Alignment.Search;

/// <summary>Checks the beads a reviewer confirmed and cuts the document into the stretches between them.</summary>
internal static class FixedBeads
{
    public static int DocumentOrder(Bead a, Bead b)
    {
        var byEnglish = a.EnStart.CompareTo(b.EnStart);
        return byEnglish != 0 ? byEnglish : a.JaStart.CompareTo(b.JaStart) is var byJapanese && byJapanese != 0
            ? byJapanese
            : (a.EnCount + a.JaCount).CompareTo(b.EnCount + b.JaCount);
    }

    /// <summary>Returns the beads in document order, or throws if they overlap, cross or leave the document.</summary>
    public static List<Bead> Validate(IReadOnlyList<Bead> fixedBeads, int englishCount, int japaneseCount)
    {
        var ordered = new List<Bead>(fixedBeads.Count);
        foreach (var bead in fixedBeads)
        {
            ArgumentNullException.ThrowIfNull(bead, nameof(fixedBeads));
            if (bead.EnCount < 0 || bead.JaCount < 0 || (bead.EnCount == 0 && bead.JaCount == 0)
                || bead.EnStart < 0 || bead.JaStart < 0 || bead.EnEnd > englishCount || bead.JaEnd > japaneseCount)
            {
                throw new ArgumentException($"Fixed bead {bead.ToLinkNotation()} is empty or outside the document ({englishCount} English, {japaneseCount} Japanese sentences).", nameof(fixedBeads));
            }

            ordered.Add(bead);
        }

        ordered.Sort(DocumentOrder);
        for (var k = 1; k < ordered.Count; k++)
        {
            var (before, after) = (ordered[k - 1], ordered[k]);
            if (after.EnStart < before.EnEnd || after.JaStart < before.JaEnd)
            {
                throw new ArgumentException($"Fixed beads {before.ToLinkNotation()} and {after.ToLinkNotation()} overlap or cross.", nameof(fixedBeads));
            }
        }

        return ordered;
    }

    /// <summary>The stretches of the document outside the fixed beads, each to be aligned on its own (an array, not
    /// a list: a ReadyToRun build compiled List&lt;Rectangle&gt;'s static constructor at run time).</summary>
    public static Rectangle[] Gaps(List<Bead> ordered, int englishCount, int japaneseCount)
    {
        var gaps = new Rectangle[ordered.Count + 1];
        var count = 0;
        int en = 0, ja = 0;
        foreach (var bead in ordered)
        {
            count = AddGap(gaps, count, new Rectangle(en, bead.EnStart, ja, bead.JaStart));
            (en, ja) = (bead.EnEnd, bead.JaEnd);
        }

        count = AddGap(gaps, count, new Rectangle(en, englishCount, ja, japaneseCount));
        var result = new Rectangle[count];
        Array.Copy(gaps, result, count);
        return result;
    }

    private static int AddGap(Rectangle[] gaps, int count, Rectangle gap)
    {
        if (gap.Rows > 0 || gap.Columns > 0)
        {
            gaps[count++] = gap;
        }

        return count;
    }
}
