using Workbench.Core.Documents;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Search;

/// <summary>
/// Splits a sentence into the units fuzzy matching scores over, after NFKC (so full- and half-width digits and
/// letters are equal) with whitespace dropped. English: words (letters, digits, inner apostrophes), numbers and
/// single punctuation marks. Japanese: one unit per character, numbers as one unit, punctuation marks apart.
/// The rules are <see cref="MatchUnitReader"/>'s.
/// </summary>
public static class MatchUnits
{
    public static IReadOnlyList<MatchUnit> Of(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = JapaneseNormalizer.FoldCompatibility(text);
        var units = new List<MatchUnit>(language == Language.English ? (normalized.Length / 5) + 1 : normalized.Length);
        var reader = new MatchUnitReader(normalized, language);
        while (reader.MoveNext())
        {
            var unit = new string(reader.Unit);
            units.Add(new MatchUnit(reader.Kind == MatchUnitKind.Word && language == Language.English ? unit.Replace('’', '\'') : unit, reader.Kind));
        }

        return units;
    }

    /// <summary>The loose forms of the non-punctuation units: what the edit distance runs over.</summary>
    public static IReadOnlyList<string> Loose(IReadOnlyList<MatchUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var loose = new List<string>(units.Count);
        foreach (var unit in units)
        {
            if (unit.Kind != MatchUnitKind.Punctuation)
            {
                loose.Add(unit.Loose);
            }
        }

        return loose;
    }
}
