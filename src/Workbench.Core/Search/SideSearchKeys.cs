using Workbench.Core.Documents;

namespace Workbench.Core.Search;

/// <summary>
/// What the search index stores for one side of a pair, computed from that side's text alone: the concordance key
/// (<see cref="SearchKeys"/>), the fuzzy grams as the index stores them (<see cref="FuzzyKeys.IndexText"/>: distinct
/// grams separated by spaces) and the fuzzy length in loose units. Because
/// they depend on nothing but the text, an import computes them for every segment while it aligns and keeps them for
/// the sides that are one segment (<see cref="LinkSearchKeys"/>); <see cref="Text"/> says what they were computed
/// from, so a store can check that they still belong to the text it writes.
/// </summary>
public sealed record SideSearchKeys(string Text, string Key, string FuzzyGrams, int FuzzyLength)
{
    public static SideSearchKeys Of(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var units = MatchUnits.Of(text, language);
        return new SideSearchKeys(text, SearchKeys.Of(text, language), FuzzyKeys.IndexText(units, language), FuzzyKeys.Length(units));
    }
}
