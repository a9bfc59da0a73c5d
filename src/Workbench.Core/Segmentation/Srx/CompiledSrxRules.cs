using System.Text.RegularExpressions;

namespace Workbench.Core.Segmentation.Srx;

/// <summary>
/// SRX rules compiled for fast application. Each rule becomes one zero-width regex <c>(?&lt;=before)(?=after)</c>
/// whose matches are exactly the positions the rule applies to; walking the rules in order and letting the first
/// rule that applies at a position decide gives SRX semantics with one pass over the text per rule.
/// </summary>
internal sealed class CompiledSrxRules
{
    private readonly (bool IsBreak, Regex Positions)[] rules;

    public CompiledSrxRules(IReadOnlyList<SrxRule> rules, TimeSpan timeout)
    {
        this.rules = [.. rules.Select(rule => (rule.IsBreak, new Regex(PositionPattern(rule.BeforeBreak, rule.AfterBreak), RegexOptions.CultureInvariant | RegexOptions.Compiled, timeout)))];
    }

    public static string PositionPattern(string beforeBreak, string afterBreak) =>
        (beforeBreak.Length > 0 ? $"(?<={beforeBreak})" : string.Empty) + (afterBreak.Length > 0 ? $"(?={afterBreak})" : string.Empty);

    /// <summary>Offsets strictly inside <paramref name="text"/> where the rules break, ascending.</summary>
    /// <exception cref="RegexMatchTimeoutException">A rule took longer than the configured timeout.</exception>
    public IReadOnlyList<int> FindBreaks(string text)
    {
        var decided = new bool?[text.Length + 1];
        foreach (var (isBreak, positions) in rules)
        {
            for (var match = positions.Match(text); match.Success; match = match.NextMatch())
            {
                decided[match.Index] ??= isBreak;
            }
        }

        var breaks = new List<int>();
        for (var position = 1; position < text.Length; position++)
        {
            if (decided[position] == true)
            {
                breaks.Add(position);
            }
        }

        return breaks;
    }
}
