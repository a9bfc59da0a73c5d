using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Workbench.Core.Segmentation;

namespace Workbench.Html;

/// <summary>
/// Turns an article's DOM into paragraphs: every block element (p, headings, list items, table cells, quotes ...)
/// and every run of text between blocks is one paragraph; &lt;br&gt; starts a new one. Image captions and photo
/// credits are dropped unless asked for: they are not prose a translator translates sentence by sentence.
/// </summary>
internal sealed partial class BlockParagraphs(bool keepCaptions)
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "button", "select", "textarea", "iframe", "object",
        "head", "title",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "summary", "table", "caption", "tbody", "thead", "tfoot", "tr",
        "td", "th", "ul", "body", "html", "center", "menu",
    };

    /// <summary>Paragraphs of <paramref name="root"/>'s content, in document order.</summary>
    public IReadOnlyList<Paragraph> Read(INode root)
    {
        var collector = new Collector();
        Walk(root, collector, LineOf(root));
        collector.Flush();
        return collector.Paragraphs;
    }

    /// <summary>A caption or credit: &lt;figcaption&gt;, or an element whose class or id says so.</summary>
    public static bool IsCaption(IElement element) =>
        element.LocalName == "figcaption"
        || CaptionName().IsMatch(element.ClassName ?? string.Empty)
        || CaptionName().IsMatch(element.Id ?? string.Empty);

    /// <summary>A dateline or byline box (WordPress entry-meta, news sites' byline and timestamp): the page's
    /// metadata, stored as such, not prose.</summary>
    public static bool IsDateOrByline(IElement element) =>
        MetaName().IsMatch(element.ClassName ?? string.Empty) || MetaName().IsMatch(element.Id ?? string.Empty);

    private void Walk(INode node, Collector collector, int line)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    collector.Append(text.Data, line);
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement element when !keepCaptions && IsCaption(element):
                    collector.Flush();
                    break;
                case IElement element when IsDateOrByline(element):
                    collector.Flush();
                    break;
                case IElement { LocalName: "br" }:
                    collector.Flush();
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    collector.Flush();
                    Walk(element, collector, LineOf(element, line));
                    collector.Flush();
                    break;
                case IElement element:
                    Walk(element, collector, line);
                    break;
                default:
                    break;
            }
        }
    }

    private static int LineOf(INode node, int fallback = 1) =>
        node is IElement { SourceReference: { } source } ? source.Position.Line : fallback;

    // Class and id words of caption and credit boxes: WordPress's wp-caption-text, news sites' image-credit,
    // photo-caption, media-credit ...
    [GeneratedRegex(@"(^|[\s_-])(caption|captions|credit|credits|wp-caption-text|photo-?credit)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionName();

    [GeneratedRegex(@"(^|[\s_-])(entry-meta|post-meta|article-meta|byline|dateline|posted-on|entry-date|post-date|publish-date|published-date|timestamp)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaName();

    private sealed class Collector
    {
        private readonly StringBuilder buffer = new();
        private int bufferLine;

        public List<Paragraph> Paragraphs { get; } = [];

        public void Append(string text, int line)
        {
            if (buffer.Length == 0)
            {
                bufferLine = line;
            }

            buffer.Append(text);
        }

        public void Flush()
        {
            if (buffer.Length > 0 && ParagraphBuilder.Build(buffer.ToString(), bufferLine) is { } paragraph)
            {
                Paragraphs.Add(paragraph);
            }

            buffer.Clear();
        }
    }
}
