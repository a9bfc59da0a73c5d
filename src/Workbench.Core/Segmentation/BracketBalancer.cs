namespace Workbench.Core.Segmentation;

/// <summary>Applies <see cref="BracketBalanceOptions"/> to the breaks the SRX rules found in one paragraph.</summary>
internal static class BracketBalancer
{
    public static IReadOnlyList<int> Apply(string text, IReadOnlyList<int> breaks, BracketBalanceOptions options)
    {
        if (!options.Enabled || breaks.Count == 0)
        {
            return breaks;
        }

        var blocked = new HashSet<int>();
        foreach (var (open, close) in BalancedPairs(text, options.Pairs))
        {
            if (!EndsSentence(text, close + 1, breaks, options.SentenceTail))
            {
                blocked.UnionWith(breaks.Where(position => position > open && position <= close));
            }
        }

        return blocked.Count == 0 ? breaks : [.. breaks.Where(position => !blocked.Contains(position))];
    }

    /// <summary>Positions of matched opening and closing brackets; strays and mismatches are skipped. A character that
    /// opens one pair and closes another opens.</summary>
    private static IEnumerable<(int Open, int Close)> BalancedPairs(string text, IReadOnlyList<string> pairs)
    {
        var open = new List<(char Closer, int Position)>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (PairOpenedBy(pairs, c) is { } opened)
            {
                open.Add((opened[1], i));
            }
            else if (ClosesAPair(pairs, c))
            {
                var match = open.FindLastIndex(entry => entry.Closer == c);
                if (match >= 0)
                {
                    yield return (open[match].Position, i);
                    open.RemoveRange(match, open.Count - match);
                }
            }
        }
    }

    // Loops, not LINQ: these run for every character of a paragraph.
    private static string? PairOpenedBy(IReadOnlyList<string> pairs, char c)
    {
        for (var index = 0; index < pairs.Count; index++)
        {
            if (pairs[index][0] == c)
            {
                return pairs[index];
            }
        }

        return null;
    }

    private static bool ClosesAPair(IReadOnlyList<string> pairs, char c)
    {
        for (var index = 0; index < pairs.Count; index++)
        {
            if (pairs[index][1] == c)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True if only whitespace and sentence-tail characters lie between <paramref name="from"/> and the
    /// next break or the end of the paragraph.</summary>
    private static bool EndsSentence(string text, int from, IReadOnlyList<int> breaks, string sentenceTail)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (breaks.Contains(i))
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[i]) && !sentenceTail.Contains(text[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
