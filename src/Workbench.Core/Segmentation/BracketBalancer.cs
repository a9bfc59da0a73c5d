namespace Workbench.Core.Segmentation;

/// <summary>Applies <see cref="BracketBalanceOptions"/> to the breaks the SRX rules found in one paragraph.</summary>
/// <remarks>Plain loops over arrays: LINQ, tuples and lists of value types here would be generic code of the runtime's
/// libraries, which ReadyToRun does not precompile for this assembly, compiled at run time in every process.</remarks>
internal static class BracketBalancer
{
    public static IReadOnlyList<int> Apply(string text, IReadOnlyList<int> breaks, BracketBalanceOptions options)
    {
        if (!options.Enabled || breaks.Count == 0)
        {
            return breaks;
        }

        // Matched opening and closing brackets; strays and mismatches are skipped. A character that opens one pair
        // and closes another opens.
        bool[]? blocked = null;
        var open = new OpenBracket[8];
        var openCount = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (PairOpenedBy(options.Pairs, c) is { } opened)
            {
                if (openCount == open.Length)
                {
                    var larger = new OpenBracket[open.Length * 2];
                    Array.Copy(open, larger, openCount);
                    open = larger;
                }

                open[openCount++] = new OpenBracket(opened[1], i);
            }
            else if (ClosesAPair(options.Pairs, c) && LastOpenClosedBy(open, openCount, c) is var match and >= 0)
            {
                if (!EndsSentence(text, i + 1, breaks, options.SentenceTail))
                {
                    blocked ??= new bool[breaks.Count];
                    Block(breaks, open[match].Position, i, blocked);
                }

                openCount = match;
            }
        }

        if (blocked is null)
        {
            return breaks;
        }

        var kept = new List<int>(breaks.Count);
        for (var index = 0; index < breaks.Count; index++)
        {
            if (!blocked[index])
            {
                kept.Add(breaks[index]);
            }
        }

        return kept;
    }

    /// <summary>Marks the breaks inside the pair: after the opening bracket, up to and including the closing one.</summary>
    private static void Block(IReadOnlyList<int> breaks, int open, int close, bool[] blocked)
    {
        for (var index = 0; index < breaks.Count; index++)
        {
            if (breaks[index] > open && breaks[index] <= close)
            {
                blocked[index] = true;
            }
        }
    }

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

    /// <summary>The innermost open bracket that <paramref name="closer"/> closes, or -1.</summary>
    private static int LastOpenClosedBy(OpenBracket[] open, int count, char closer)
    {
        for (var index = count - 1; index >= 0; index--)
        {
            if (open[index].Closer == closer)
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>True if only whitespace and sentence-tail characters lie between <paramref name="from"/> and the
    /// next break or the end of the paragraph.</summary>
    private static bool EndsSentence(string text, int from, IReadOnlyList<int> breaks, string sentenceTail)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (IsBreak(breaks, i))
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

    private static bool IsBreak(IReadOnlyList<int> breaks, int position)
    {
        for (var index = 0; index < breaks.Count; index++)
        {
            if (breaks[index] == position)
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="Closer">The character that closes it.</param>
    /// <param name="Position">Where it opens.</param>
    private readonly record struct OpenBracket(char Closer, int Position);
}
