using System.Text.RegularExpressions;

namespace Workbench.Core.Segmentation.Srx;

/// <summary>
/// SRX rules prepared for fast application. A rule applies at the positions where its <c>beforebreak</c> matches a
/// text ending there and its <c>afterbreak</c> one starting there, and the first rule that applies at a position
/// decides (SRX semantics). Only a break rule can make a break, so the break rules are run over the text and the
/// rules before them are asked only at the positions a break rule found, through an anchored copy
/// (<c>\G(?&lt;=before)(?=after)</c>, which sees the text before the position as a scan does): the no-break exceptions
/// (abbreviations, initials, decimals) never scan a paragraph. A break rule's positions are found right to left with
/// <c>(?:before)(?=after)</c>: such a match tried at a position ends exactly there and exists exactly when the
/// lookbehind <c>(?&lt;=before)</c> would hold there (a lookbehind is itself matched right to left), and after each
/// match the search resumes one position to the left, so overlapping matches are not skipped. Unlike a scan of the
/// zero-width <c>(?&lt;=before)(?=after)</c>, which has no first character to look for and is tried at every position,
/// the right-to-left engine jumps (vectorised) to the characters <c>before</c> can end with. The regexes are
/// interpreted: compiling them cost more at start-up than they then save.
/// </summary>
internal sealed class CompiledSrxRules
{
    private readonly Rule[] rules;

    public CompiledSrxRules(IReadOnlyList<SrxRule> rules, TimeSpan timeout)
    {
        this.rules = [.. rules.Select(rule => new Rule(
            rule.IsBreak,
            rule.IsBreak ? new Regex(EndingPattern(rule.BeforeBreak, rule.AfterBreak), RegexOptions.CultureInvariant | RegexOptions.RightToLeft, timeout) : null,
            new Regex(@"\G" + PositionPattern(rule.BeforeBreak, rule.AfterBreak), RegexOptions.CultureInvariant, timeout)))];
    }

    public static string PositionPattern(string beforeBreak, string afterBreak) =>
        (beforeBreak.Length > 0 ? $"(?<={beforeBreak})" : string.Empty) + (afterBreak.Length > 0 ? $"(?={afterBreak})" : string.Empty);

    /// <summary>A right-to-left pattern that matches, ending at a position, where the rule applies.</summary>
    private static string EndingPattern(string beforeBreak, string afterBreak) =>
        (beforeBreak.Length > 0 ? $"(?:{beforeBreak})" : string.Empty) + (afterBreak.Length > 0 ? $"(?={afterBreak})" : string.Empty);

    /// <summary>Offsets strictly inside <paramref name="text"/> where the rules break, ascending.</summary>
    /// <exception cref="RegexMatchTimeoutException">A rule took longer than the configured timeout.</exception>
    public IReadOnlyList<int> FindBreaks(string text)
    {
        // The first break rule (its index + 1) that applies at each position; 0 where none does. Searched from the
        // last position inside the text: a rule that applies at its end (a Japanese terminator with an empty
        // afterbreak does on nearly every line) cannot break there, and the array is made only for a paragraph with
        // a candidate inside.
        int[]? firstBreakRule = null;
        for (var index = 0; index < rules.Length; index++)
        {
            if (rules[index].Scan is not { } scan)
            {
                continue;
            }

            var from = text.Length - 1;
            while (from > 0 && NextEnd(scan, text, from) is var end and > 0)
            {
                firstBreakRule ??= new int[text.Length + 1];
                if (firstBreakRule[end] == 0)
                {
                    firstBreakRule[end] = index + 1;
                }

                from = end - 1;
            }
        }

        var breaks = new List<int>();
        if (firstBreakRule is null)
        {
            return breaks;
        }

        for (var position = 1; position < text.Length; position++)
        {
            if (firstBreakRule[position] != 0 && !AnExceptionApplies(text, position, firstBreakRule[position] - 1))
            {
                breaks.Add(position);
            }
        }

        return breaks;
    }

    /// <summary>The largest position at or before <paramref name="from"/> where the right-to-left rule
    /// <paramref name="scan"/> matches (its match ends there), or -1.</summary>
    private static int NextEnd(Regex scan, string text, int from)
    {
        foreach (var match in scan.EnumerateMatches(text, from))
        {
            return match.Index + match.Length;
        }

        return -1;
    }

    /// <summary>True if a no-break rule ordered before rule <paramref name="breakRule"/> applies at <paramref name="position"/>.</summary>
    private bool AnExceptionApplies(string text, int position, int breakRule)
    {
        for (var index = 0; index < breakRule; index++)
        {
            if (!rules[index].IsBreak && rules[index].At.IsMatch(text, position))
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="IsBreak">What the rule decides where it applies.</param>
    /// <param name="Scan">For a break rule: right to left, a match ending at each position it applies to.</param>
    /// <param name="At">Whether it applies at one position (<see cref="Regex.IsMatch(string, int)"/>).</param>
    private sealed record Rule(bool IsBreak, Regex? Scan, Regex At);
}
