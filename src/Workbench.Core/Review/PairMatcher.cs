using Workbench.Core.Documents;
using Workbench.Core.Search;

namespace Workbench.Core.Review;

/// <summary>
/// Concordance matching of one pair in memory, by the rule <see cref="ConcordanceSearch"/> applies through the index
/// (English whole words by <see cref="SearchKeys.English"/>, Japanese normalised substrings by
/// <see cref="SearchKeys.Japanese"/>), so searching the reviewed document finds what <c>workbench search --doc</c>
/// finds, plus the beads the index leaves out (rejected and one-sided ones).
/// </summary>
public sealed class PairMatcher
{
    private readonly string? englishKey;
    private readonly string? japaneseKey;

    public PairMatcher(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        englishKey = NullIfBlank(SearchKeys.English(query));
        japaneseKey = NullIfBlank(SearchKeys.Japanese(query));
    }

    /// <summary>Whether the query has anything to match on either side (not only punctuation or spaces).</summary>
    public bool HasKey => englishKey is not null || japaneseKey is not null;

    /// <summary>The hit on <paramref name="pair"/>, or null when neither side contains the query.</summary>
    public ConcordanceHit? Match(AlignedPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        IReadOnlyList<TextSpan> english = englishKey is null || pair.English.Count == 0 ? [] : EnglishHighlighter.Find(pair.EnglishText, englishKey);
        IReadOnlyList<TextSpan> japanese = japaneseKey is null || pair.Japanese.Count == 0 ? [] : SearchKeys.JapaneseMapped(pair.JapaneseText).Find(japaneseKey);
        return english.Count == 0 && japanese.Count == 0 ? null : new ConcordanceHit(pair, english, japanese);
    }

    private static string? NullIfBlank(string key) => string.IsNullOrWhiteSpace(key) ? null : key;
}
