using Workbench.Core.Documents;

namespace Workbench.Core.Search;

/// <summary>
/// What a fuzzy index stores per pair side, and what a lookup asks it for: the side's length in loose units and its
/// distinct grams. Grams are English words (apostrophes dropped) and Japanese character bigrams, lower case, made
/// only of letters and digits (numbers and punctuation are left out: they say little about similarity). The gram
/// rules are <see cref="FuzzyGramSet"/>'s.
/// </summary>
public static class FuzzyKeys
{
    /// <summary>How many edits can remove one gram from a sentence: a word edit one word, a character edit two bigrams.</summary>
    public static int GramsPerEdit(Language language) => language == Language.English ? 1 : 2;

    public static int Length(string text, Language language) => Length(MatchUnits.Of(text, language));

    /// <summary>A side's length in loose units, the length fuzzy scores and the index's length bands count.</summary>
    public static int Length(IReadOnlyList<MatchUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var length = 0;
        foreach (var unit in units)
        {
            if (unit.Kind != MatchUnitKind.Punctuation)
            {
                length++;
            }
        }

        return length;
    }

    public static IReadOnlyList<string> Grams(string text, Language language) =>
        Grams(MatchUnits.Of(text, language), language);

    public static IReadOnlyList<string> Grams(IReadOnlyList<MatchUnit> units, Language language) => Of(units, language).Grams();

    /// <summary>The grams joined by spaces: the text a full-text index stores for one side.</summary>
    public static string IndexText(string text, Language language) => IndexText(MatchUnits.Of(text, language), language);

    /// <summary>The grams of a side split into <paramref name="units"/>, joined by spaces as the index stores them.</summary>
    public static string IndexText(IReadOnlyList<MatchUnit> units, Language language) => Of(units, language).IndexText();

    private static FuzzyGramSet Of(IReadOnlyList<MatchUnit> units, Language language)
    {
        ArgumentNullException.ThrowIfNull(units);
        var grams = FuzzyGramSet.ForThisThread(language);
        foreach (var unit in units)
        {
            grams.Add(unit.Text, unit.Kind);
        }

        return grams;
    }
}
