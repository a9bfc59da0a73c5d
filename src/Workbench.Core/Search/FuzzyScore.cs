namespace Workbench.Core.Search;

/// <summary>
/// The fuzzy match percentage, as CAT tools show it. Both sentences are split into <see cref="MatchUnits"/>
/// (English words, Japanese characters; NFKC, whitespace ignored).
/// <list type="bullet">
/// <item>100: the unit sequences are identical.</item>
/// <item>97–99: the sequences differ only in letter case, in numbers, or in punctuation; 100 minus one for each of
/// the three that differs.</item>
/// <item>otherwise ⌊100 · (1 − d / max(m, n))⌋, where d is the Levenshtein distance between the two sequences with
/// punctuation left out, letters lower-cased and every number equal to every other, and m, n their lengths.</item>
/// </list>
/// </summary>
public static class FuzzyScore
{
    /// <summary>Percentage of <paramref name="candidate"/> against <paramref name="query"/>, or -1 when it is below
    /// <paramref name="minimum"/> (the distance is then abandoned early).</summary>
    public static int Percentage(IReadOnlyList<MatchUnit> query, IReadOnlyList<MatchUnit> candidate, int minimum = 0)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidate);
        var score = Score(query, candidate, minimum);
        return score >= minimum ? score : -1;
    }

    /// <summary>How many edits a candidate of <paramref name="length"/> units may be from a query of
    /// <paramref name="queryLength"/> units and still score <paramref name="minimum"/> or more.</summary>
    public static int MaxEdits(int queryLength, int length, int minimum) =>
        Math.Max(queryLength, length) * (100 - Math.Clamp(minimum, 0, 100)) / 100;

    private static int Score(IReadOnlyList<MatchUnit> query, IReadOnlyList<MatchUnit> candidate, int minimum)
    {
        if (Same(query, candidate, _ => true, exact: true))
        {
            return 100;
        }

        var (ids, queryIds) = Number(query);
        var candidateIds = new int[candidate.Count];
        var n = 0;
        foreach (var unit in candidate)
        {
            if (unit.Kind != MatchUnitKind.Punctuation)
            {
                candidateIds[n++] = ids.TryGetValue(unit.Loose, out var id) ? id : -1;
            }
        }

        var longest = Math.Max(queryIds.Length, n);
        if (queryIds.AsSpan().SequenceEqual(candidateIds.AsSpan(0, n)))
        {
            var caseDiffers = !Same(query, candidate, u => u.Kind == MatchUnitKind.Word, exact: true);
            var numbersDiffer = !Same(query, candidate, u => u.Kind == MatchUnitKind.Number, exact: true);
            var punctuationDiffers = !Same(query, candidate, u => u.Kind == MatchUnitKind.Punctuation, exact: true);
            return 100 - Math.Max(1, (caseDiffers ? 1 : 0) + (numbersDiffer ? 1 : 0) + (punctuationDiffers ? 1 : 0));
        }

        var maxEdits = MaxEdits(queryIds.Length, n, minimum);
        var distance = BandedLevenshtein.Distance(queryIds, candidateIds.AsSpan(0, n), maxEdits);
        return distance > maxEdits ? -1 : 100 * (longest - distance) / longest;
    }

    // Query units numbered by their loose form; a candidate unit the query lacks gets -1, which equals no query unit.
    private static (Dictionary<string, int> Ids, int[] Sequence) Number(IReadOnlyList<MatchUnit> units)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var sequence = new List<int>(units.Count);
        foreach (var unit in units)
        {
            if (unit.Kind == MatchUnitKind.Punctuation)
            {
                continue;
            }

            if (!ids.TryGetValue(unit.Loose, out var id))
            {
                id = ids.Count;
                ids.Add(unit.Loose, id);
            }

            sequence.Add(id);
        }

        return (ids, [.. sequence]);
    }

    private static bool Same(IReadOnlyList<MatchUnit> a, IReadOnlyList<MatchUnit> b, Func<MatchUnit, bool> include, bool exact)
    {
        var comparison = exact ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var i = 0;
        var j = 0;
        while (true)
        {
            while (i < a.Count && !include(a[i]))
            {
                i++;
            }

            while (j < b.Count && !include(b[j]))
            {
                j++;
            }

            if (i == a.Count || j == b.Count)
            {
                return i == a.Count && j == b.Count;
            }

            if (a[i].Kind != b[j].Kind || !string.Equals(a[i].Text, b[j].Text, comparison))
            {
                return false;
            }

            i++;
            j++;
        }
    }
}
