using System.Text;
using Workbench.Core.Documents;

namespace Workbench.Core.Search;

/// <summary>
/// Splits a sentence into the units fuzzy matching scores over, after NFKC (so full- and half-width digits and
/// letters are equal) with whitespace dropped. English: words (letters, digits, inner apostrophes), numbers and
/// single punctuation marks. Japanese: one unit per character, numbers as one unit, punctuation marks apart.
/// </summary>
public static class MatchUnits
{
    public static IReadOnlyList<MatchUnit> Of(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = SearchKeys.Nfkc(text);
        var units = new List<MatchUnit>(language == Language.English ? (normalized.Length / 5) + 1 : normalized.Length);
        var i = 0;
        while (i < normalized.Length)
        {
            var c = normalized[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < normalized.Length && (char.IsAsciiDigit(normalized[i]) || (normalized[i] is ',' or '.' && i + 1 < normalized.Length && char.IsAsciiDigit(normalized[i + 1]))))
                {
                    i++;
                }

                units.Add(new MatchUnit(normalized[start..i], MatchUnitKind.Number));
            }
            else if (IsPunctuation(normalized, i))
            {
                var length = RuneLength(normalized, i);
                units.Add(new MatchUnit(normalized.Substring(i, length), MatchUnitKind.Punctuation));
                i += length;
            }
            else if (language == Language.English)
            {
                var start = i;
                while (i < normalized.Length && (char.IsLetterOrDigit(normalized[i]) || char.IsSurrogate(normalized[i]) || (normalized[i] is '\'' or '’' && i > start && i + 1 < normalized.Length && char.IsLetter(normalized[i + 1]))))
                {
                    i++;
                }

                units.Add(new MatchUnit(normalized[start..i].Replace('’', '\''), MatchUnitKind.Word));
            }
            else
            {
                var length = RuneLength(normalized, i);
                units.Add(new MatchUnit(normalized.Substring(i, length), MatchUnitKind.Word));
                i += length;
            }
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

    // A lone surrogate is noise, not text: it is set aside with the punctuation.
    private static bool IsPunctuation(string text, int i) =>
        !Rune.TryGetRuneAt(text, i, out var rune)
        || (!Rune.IsLetterOrDigit(rune) && (Rune.IsPunctuation(rune) || Rune.IsSymbol(rune) || Rune.IsControl(rune)));

    private static int RuneLength(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
}
