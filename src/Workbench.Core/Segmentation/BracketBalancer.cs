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

    /// <summary>Positions of matched opening and closing brackets; strays and mismatches are skipped.</summary>
    private static IEnumerable<(int Open, int Close)> BalancedPairs(string text, IReadOnlyList<string> pairs)
    {
        var open = new List<(char Closer, int Position)>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (pairs.FirstOrDefault(pair => pair[0] == c) is { } opened)
            {
                open.Add((opened[1], i));
            }
            else if (pairs.Any(pair => pair[1] == c))
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
