using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;
using Workbench.Core.Documents;
using Workbench.Core.Segmentation;

namespace Workbench.Html;

/// <summary>
/// Finds the article in a web page with SmartReader (Mozilla Readability's algorithm) on AngleSharp's HTML5 parse,
/// then reads it as paragraphs: the headline, the deck, then the body's blocks. Source lines are the page's.
/// </summary>
internal sealed class ArticleExtractor(bool keepCaptions)
{
    public const string Description = "HTML article";

    /// <summary>Fewest letters outside links an article has: what the extractor finds on a page of nothing but
    /// menus is links. (Readability's own test pages include articles of three words, so the floor is low.)</summary>
    private const int MinimumProseCharacters = 1;

    /// <summary>The article of the page, or null when the page has none the extractor recognises.</summary>
    public SourceDocument? Extract(string html, string path)
    {
        var page = Parse(html);
        var declared = PageMetadataReader.Read(page);
        var deck = PageMetadataReader.Deck(page);
        IElement? body = null;
        // Classes are kept: they are how captions, credits and datelines in the article are recognised.
        var reader = new Reader(declared.Url ?? new Uri(Path.GetFullPath(path)).AbsoluteUri, page) { KeepClasses = true };
        reader.AddCustomOperationEnd(element => body = element);
        // SmartReader calls a page "not readable" when the article is short (a few paragraphs); what it found is
        // still the article, so only finding nothing at all counts as no article.
        var article = reader.GetArticle();
        if (body is null || ProseCharacters(body) < MinimumProseCharacters)
        {
            return null;
        }

        var paragraphs = new BlockParagraphs(keepCaptions).Read(body);
        if (paragraphs.Count == 0)
        {
            return null;
        }

        var title = PageMetadataReader.Clean(article.Title) ?? declared.Title;
        var metadata = new SourceMetadata(
            title,
            PageMetadataReader.Byline(article.Byline) ?? PageMetadataReader.Byline(article.Author) ?? declared.Byline,
            // The page's own machine-readable date keeps its offset; SmartReader's has none.
            declared.Published ?? (article.PublicationDate is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)) : null),
            declared.Url);
        return new SourceDocument(WithHeadlineAndDeck(paragraphs, title, deck, page), metadata, Description);
    }

    /// <summary>Parses a page keeping source positions, so paragraphs can report their line.</summary>
    public static IHtmlDocument Parse(string html) =>
        new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);

    /// <summary>
    /// The headline and the deck each as their own paragraph before the body (the aligner's structure cues want
    /// them), unless the body already opens with them.
    /// </summary>
    private static List<Paragraph> WithHeadlineAndDeck(IReadOnlyList<Paragraph> body, string? title, string? deck, IHtmlDocument page)
    {
        var result = new List<Paragraph>();
        var bodyTexts = body.Select(p => p.Text).ToHashSet(StringComparer.Ordinal);
        var line = body[0].SourceLine;
        if (title is not null && !bodyTexts.Contains(title))
        {
            result.Add(new Paragraph(title, LineOf(page, "h1") ?? line));
        }

        if (deck is not null && deck != title && !bodyTexts.Contains(deck))
        {
            result.Add(new Paragraph(deck, line));
        }

        result.AddRange(body);
        return result;
    }

    /// <summary>Letters and digits of the text not inside a link.</summary>
    private static int ProseCharacters(IElement root) =>
        root.Descendants<IText>()
            .Where(text => text.ParentElement?.Closest("a") is null)
            .Sum(text => text.Data.Count(char.IsLetterOrDigit));

    private static int? LineOf(IHtmlDocument page, string selector) =>
        page.QuerySelector(selector)?.SourceReference?.Position.Line;
}
