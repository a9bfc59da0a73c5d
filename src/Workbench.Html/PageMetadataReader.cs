using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Workbench.Core.Documents;

namespace Workbench.Html;

/// <summary>
/// What a page's head and header declare: canonical address, Open Graph and article meta tags, and the deck (the
/// standfirst under the headline). Read from the parsed page before extraction rearranges it.
/// </summary>
internal static partial class PageMetadataReader
{
    /// <summary>Shortest and longest text taken for a deck: shorter is a label, longer is body copy.</summary>
    private const int MinDeckCharacters = 20;
    private const int MaxDeckCharacters = 500;

    public static SourceMetadata Read(IHtmlDocument page)
    {
        var meta = MetaTags(page);
        var title = Find(meta, "og:title") ?? Find(meta, "twitter:title") ?? Clean(page.Title);
        var byline = Byline(Find(meta, "author") ?? Find(meta, "article:author") ?? Find(meta, "dc.creator"));
        var published = ParseDate(Find(meta, "article:published_time") ?? Find(meta, "datePublished") ?? Find(meta, "date")
            ?? Find(meta, "dc.date") ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        return new SourceMetadata(title, byline, published, CanonicalUrl(page, Find(meta, "og:url")));
    }

    /// <summary>The address in &lt;link rel="canonical"&gt;, else og:url; only absolute http(s) addresses count.</summary>
    public static string? CanonicalUrl(IHtmlDocument page, string? openGraphUrl)
    {
        var candidates = page.QuerySelectorAll("link[rel]")
            .Where(link => link.GetAttribute("rel")!.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Any(rel => rel.Equals("canonical", StringComparison.OrdinalIgnoreCase)))
            .Select(link => link.GetAttribute("href"))
            .Append(openGraphUrl);
        return candidates
            .Select(href => href?.Trim())
            .FirstOrDefault(href => Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");
    }

    /// <summary>
    /// The deck: the first element named as one (dek, deck, standfirst, subtitle, strapline ...) outside
    /// navigation and side boxes, holding a sentence or two of text.
    /// </summary>
    public static string? Deck(IHtmlDocument page)
    {
        foreach (var element in page.Body?.Descendants<IElement>() ?? [])
        {
            if (!DeckName().IsMatch(element.ClassName ?? string.Empty) && !DeckName().IsMatch(element.Id ?? string.Empty))
            {
                continue;
            }

            if (element.Closest("nav, aside, footer, a, li, form, script") is not null)
            {
                continue;
            }

            var text = Clean(element.TextContent);
            if (text is { Length: >= MinDeckCharacters and <= MaxDeckCharacters })
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The author line without the "By" pages print before it.</summary>
    public static string? Byline(string? text) =>
        Clean(text) is { } line && line.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? Clean(line[3..]) : Clean(text);

    public static DateTimeOffset? ParseDate(string? text) =>
        DateTimeOffset.TryParse(text?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    /// <summary>Whitespace runs as one space; null for nothing.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Every &lt;meta&gt; with content, by its property, name or itemprop (first one wins), read in one pass.</summary>
    private static Dictionary<string, string> MetaTags(IHtmlDocument page)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in page.QuerySelectorAll("meta[content]"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && Clean(meta.GetAttribute("content")) is { } content)
            {
                tags.TryAdd(key, content);
            }
        }

        return tags;
    }

    private static string? Find(Dictionary<string, string> tags, string key) => tags.GetValueOrDefault(key);

    [GeneratedRegex(@"(^|[\s_-])(dek|deck|standfirst|subtitle|sub-title|subheadline|sub-headline|strapline|article-summary)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeckName();
}
