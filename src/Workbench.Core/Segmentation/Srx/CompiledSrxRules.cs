using System.Text.RegularExpressions;

namespace Workbench.Core.Segmentation.Srx;

/// <summary>
/// SRX rules compiled for fast application. Each rule becomes one zero-width regex <c>(?&lt;=before)(?=after)</c>
/// whose matches are exactly the positions the rule applies to, and the first rule that applies at a position decides
/// (SRX semantics). Only a break rule can make a break, so the break rules are run over the text (one pass each) and
/// the rules before them are asked only at the positions a break rule found, through an anchored copy
/// (<c>\G(?&lt;=before)(?=after)</c>, which sees the text before the position as the scan does): the no-break exceptions
/// (abbreviations, initials, decimals) no longer scan every paragraph.
/// </summary>
internal sealed class CompiledSrxRules
{
    private readonly Rule[] rules;

    public CompiledSrxRules(IReadOnlyList<SrxRule> rules, TimeSpan timeout)
    {
        this.rules = [.. rules.Select(rule => new Rule(
            rule.IsBreak,
            rule.IsBreak ? new Regex(PositionPattern(rule.BeforeBreak, rule.AfterBreak), RegexOptions.CultureInvariant | RegexOptions.Compiled, timeout) : null,
            new Regex(@"\G" + PositionPattern(rule.BeforeBreak, rule.AfterBreak), RegexOptions.CultureInvariant, timeout)))];
    }

    public static string PositionPattern(string beforeBreak, string afterBreak) =>
        (beforeBreak.Length > 0 ? $"(?<={beforeBreak})" : string.Empty) + (afterBreak.Length > 0 ? $"(?={afterBreak})" : string.Empty);

    /// <summary>Offsets strictly inside <paramref name="text"/> where the rules break, ascending.</summary>
    /// <exception cref="RegexMatchTimeoutException">A rule took longer than the configured timeout.</exception>
    public IReadOnlyList<int> FindBreaks(string text)
    {
        // The first break rule (its index + 1) that applies at each position; 0 where none does.
        int[]? firstBreakRule = null;
        for (var index = 0; index < rules.Length; index++)
        {
            if (rules[index].Scan is not { } scan)
            {
                continue;
            }

            for (var match = scan.Match(text); match.Success; match = match.NextMatch())
            {
                firstBreakRule ??= new int[text.Length + 1];
                if (firstBreakRule[match.Index] == 0)
                {
                    firstBreakRule[match.Index] = index + 1;
                }
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
    /// <param name="Scan">For a break rule: the positions it applies to in a whole text.</param>
    /// <param name="At">Whether it applies at one position (<see cref="Regex.IsMatch(string, int)"/>).</param>
    private sealed record Rule(bool IsBreak, Regex? Scan, Regex At);
}
