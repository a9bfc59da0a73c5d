using System.Text;
using Workbench.Core.Documents;

namespace Workbench.Core.Search;

/// <summary>
/// What a fuzzy index stores per pair side, and what a lookup asks it for: the side's length in loose units and its
/// distinct grams. Grams are English words (apostrophes dropped) and Japanese character bigrams, lower case, made
/// only of letters and digits (numbers and punctuation are left out: they say little about similarity).
/// </summary>
public static class FuzzyKeys
{
    /// <summary>How many edits can remove one gram from a sentence: a word edit one word, a character edit two bigrams.</summary>
    public static int GramsPerEdit(Language language) => language == Language.English ? 1 : 2;

    public static int Length(string text, Language language) => Length(MatchUnits.Of(text, language));

    /// <summary>A side's length in loose units, the length fuzzy scores and the index's length bands count.</summary>
    public static int Length(IReadOnlyList<MatchUnit> units) => MatchUnits.Loose(units).Count;

    public static IReadOnlyList<string> Grams(string text, Language language) =>
        Grams(MatchUnits.Of(text, language), language);

    public static IReadOnlyList<string> Grams(IReadOnlyList<MatchUnit> units, Language language)
    {
        ArgumentNullException.ThrowIfNull(units);
        var loose = units.Where(u => u.Kind != MatchUnitKind.Punctuation).ToList();
        var grams = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<string>();
        if (language == Language.English)
        {
            foreach (var unit in loose.Where(u => u.Kind == MatchUnitKind.Word))
            {
                var word = unit.Loose.Replace("'", string.Empty, StringComparison.Ordinal);
                if (IsGram(word) && grams.Add(word))
                {
                    ordered.Add(word);
                }
            }
        }
        else
        {
            for (var i = 0; i + 1 < loose.Count; i++)
            {
                if (loose[i].Kind != MatchUnitKind.Word || loose[i + 1].Kind != MatchUnitKind.Word)
                {
                    continue;
                }

                var bigram = loose[i].Loose + loose[i + 1].Loose;
                if (IsGram(bigram) && grams.Add(bigram))
                {
                    ordered.Add(bigram);
                }
            }
        }

        return ordered;
    }

    /// <summary>The grams joined by spaces: the text a full-text index stores for one side.</summary>
    public static string IndexText(string text, Language language) => IndexText(MatchUnits.Of(text, language), language);

    /// <summary>The grams of a side split into <paramref name="units"/>, joined by spaces as the index stores them.</summary>
    public static string IndexText(IReadOnlyList<MatchUnit> units, Language language) => string.Join(' ', Grams(units, language));

    private static bool IsGram(string gram)
    {
        if (gram.Length == 0)
        {
            return false;
        }

        foreach (var rune in gram.EnumerateRunes())
        {
            if (!Rune.IsLetterOrDigit(rune))
            {
                return false;
            }
        }

        return true;
    }
}
