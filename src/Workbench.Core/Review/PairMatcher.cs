using Workbench.Core.Documents;
using Workbench.Core.Search;

namespace Workbench.Core.Review;

/// <summary>
/// Concordance matching of one pair in memory, by the rule of <see cref="IMemorySearchIndex.FindContaining"/> (a
/// side's key contains the query's key: English whole words by <see cref="SearchKeys.English"/>, Japanese normalised
/// substrings by <see cref="SearchKeys.Japanese"/>), highlighted as <see cref="ConcordanceSearch"/> highlights, so
/// searching the reviewed document finds what <c>workbench search --doc</c> finds, plus the beads the index leaves
/// out (rejected and one-sided ones).
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

    /// <summary>The keys of a pair's two sides, as the index stores them; worth keeping while the pair is unchanged,
    /// since matching them is a substring test and making them is most of a search's cost.</summary>
    public static (string English, string Japanese) Keys(AlignedPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return (SearchKeys.English(pair.EnglishText), SearchKeys.Japanese(pair.JapaneseText));
    }

    /// <summary>Whether a pair with these <see cref="Keys"/> contains the query: the index's own rule (a key
    /// contains the query's key; English keys are space-delimited words, so that is a whole-word match).</summary>
    public bool Matches((string English, string Japanese) keys) =>
        (englishKey is not null && keys.English.Contains(englishKey, StringComparison.Ordinal)) ||
        (japaneseKey is not null && keys.Japanese.Contains(japaneseKey, StringComparison.Ordinal));

    /// <summary>The hit on <paramref name="pair"/>, or null when neither side contains the query.</summary>
    public ConcordanceHit? Match(AlignedPair pair) => Matches(Keys(pair)) ? Highlight(pair) : null;

    /// <summary><paramref name="pair"/>, known to match, with where the query occurs in each side.</summary>
    public ConcordanceHit Highlight(AlignedPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        IReadOnlyList<TextSpan> english = englishKey is null || pair.English.Count == 0 ? [] : EnglishHighlighter.Find(pair.EnglishText, englishKey);
        IReadOnlyList<TextSpan> japanese = japaneseKey is null || pair.Japanese.Count == 0 ? [] : SearchKeys.JapaneseMapped(pair.JapaneseText).Find(japaneseKey);
        return new ConcordanceHit(pair, english, japanese);
    }

    private static string? NullIfBlank(string key) => string.IsNullOrWhiteSpace(key) ? null : key;
}
