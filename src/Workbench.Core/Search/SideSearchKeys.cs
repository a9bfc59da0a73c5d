using Workbench.Core.Documents;
using Workbench.Core.Terminology;
using Workbench.Core.Text.Japanese;

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
    [ThreadStatic]
    private static char[]? folded;

    /// <summary>
    /// The keys of <paramref name="text"/>, as <see cref="SearchKeys.Of"/>, <see cref="FuzzyKeys.IndexText(string, Language)"/>
    /// and <see cref="FuzzyKeys.Length(string, Language)"/> make them, in one pass over the text's NFKC with this
    /// thread's buffers: the import computes them for every segment, and only the three keys are new strings.
    /// </summary>
    public static SideSearchKeys Of(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = JapaneseNormalizer.FoldCompatibility(text, ref folded);
        var key = language == Language.English ? EnglishTermNormalizer.Normalize(normalized) : SearchKeys.Japanese(text);
        var grams = FuzzyGramSet.ForThisThread(language);
        var length = 0;
        var reader = new MatchUnitReader(normalized, language);
        while (reader.MoveNext())
        {
            if (reader.Kind != MatchUnitKind.Punctuation)
            {
                length++;
            }

            grams.Add(reader.Unit, reader.Kind);
        }

        return new SideSearchKeys(text, key, grams.IndexText(), length);
    }
}
