using System.Text.RegularExpressions;

namespace Workbench.Core.Segmentation.Srx;

/// <summary>A loaded SRX 2.0 file: language rules and the map choosing them by language code.</summary>
/// <param name="Source">Where the rules came from (a path, or the built-in defaults), for messages.</param>
/// <param name="Cascade">If true, the rules of every matching map apply in map order; else only the first match's.</param>
public sealed record SrxDocument(
    string Source,
    bool Cascade,
    IReadOnlyList<SrxLanguageRule> LanguageRules,
    IReadOnlyList<SrxLanguageMap> LanguageMaps)
{
    /// <summary>The rules, in the order they are tried, for a language code such as <c>en</c> or <c>ja-JP</c>.</summary>
    public IReadOnlyList<SrxRule> RulesFor(string languageCode)
    {
        var rules = new List<SrxRule>();
        foreach (var map in LanguageMaps)
        {
            // An instance, not the static Regex.IsMatch: its cache is a generic instantiation compiled at run time.
            if (!new Regex($"^(?:{map.LanguagePattern})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).IsMatch(languageCode))
            {
                continue;
            }

            rules.AddRange(LanguageRules.First(rule => rule.Name == map.LanguageRuleName).Rules);
            if (!Cascade)
            {
                break;
            }
        }

        return rules;
    }
}
