using Workbench.Core.Documents;

namespace Workbench.Core.Search;

/// <summary>
/// Concordance: every pair whose English or Japanese contains the searched text. English matches whole words,
/// case-insensitively, plurals and possessives as in <c>check</c>; Japanese matches any substring of one character
/// and up after NFKC, long-vowel and small-kana normalisation (<see cref="SearchKeys"/>).
/// </summary>
public sealed class ConcordanceSearch(IMemorySearchIndex index)
{
    public IReadOnlyList<ConcordanceHit> Search(
        string text, SearchSide side, IReadOnlyList<string> documents, IReadOnlyList<LinkStatus> statuses, int limit)
    {
        SearchInput.Validate(text, "search text");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var englishKey = side == SearchSide.Japanese ? null : NullIfBlank(SearchKeys.English(text));
        var japaneseKey = side == SearchSide.English ? null : NullIfBlank(SearchKeys.Japanese(text));
        if (englishKey is null && japaneseKey is null)
        {
            throw new WorkbenchInputException($"search text '{text}' has nothing to search for in {SideName(side)}");
        }

        var pairs = index.FindContaining(new ConcordanceQuery(englishKey, japaneseKey, documents, statuses, limit));
        return pairs.Select(pair => new ConcordanceHit(
                pair,
                englishKey is null ? [] : EnglishHighlighter.Find(pair.EnglishText, englishKey),
                japaneseKey is null ? [] : SearchKeys.JapaneseMapped(pair.JapaneseText).Find(japaneseKey)))
            .ToList();
    }

    private static string? NullIfBlank(string key) => string.IsNullOrWhiteSpace(key) ? null : key;

    private static string SideName(SearchSide side) => side switch
    {
        SearchSide.English => "English",
        SearchSide.Japanese => "Japanese",
        _ => "either language",
    };
}
