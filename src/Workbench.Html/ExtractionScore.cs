namespace Workbench.Html;

/// <summary>
/// How well the sentences read from a page match the sentences of its article: precision is the share of the page's
/// sentences that belong to the article, recall the share of the article's sentences found.
/// </summary>
public sealed record ExtractionScore(int PageSentences, int ArticleSentences, int Matched)
{
    public double Precision => PageSentences == 0 ? 0 : (double)Matched / PageSentences;

    public double Recall => ArticleSentences == 0 ? 0 : (double)Matched / ArticleSentences;

    /// <summary>Scores sentences as multisets: each article sentence matches at most one page sentence, compared with
    /// whitespace runs as one space.</summary>
    public static ExtractionScore Of(IEnumerable<string> page, IEnumerable<string> article)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(article);
        var wanted = new Dictionary<string, int>(StringComparer.Ordinal);
        var articleCount = 0;
        foreach (var sentence in article)
        {
            var key = Key(sentence);
            wanted[key] = wanted.GetValueOrDefault(key) + 1;
            articleCount++;
        }

        var pageCount = 0;
        var matched = 0;
        foreach (var sentence in page)
        {
            pageCount++;
            var key = Key(sentence);
            if (wanted.GetValueOrDefault(key) > 0)
            {
                wanted[key]--;
                matched++;
            }
        }

        return new ExtractionScore(pageCount, articleCount, matched);
    }

    private static string Key(string sentence) =>
        string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
