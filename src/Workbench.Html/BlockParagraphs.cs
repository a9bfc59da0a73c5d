using System.Text;
using AngleSharp.Dom;
using Workbench.Core.Segmentation;

namespace Workbench.Html;

/// <summary>
/// Turns an article's DOM into paragraphs: every block element (p, headings, list items, table cells, quotes ...)
/// and every run of text between blocks is one paragraph; &lt;br&gt; starts a new one. Image captions and photo
/// credits are dropped unless asked for: they are not prose a translator translates sentence by sentence.
/// </summary>
internal sealed class BlockParagraphs(bool keepCaptions)
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "button", "select", "textarea", "iframe", "object",
        "head", "title", "nav",

        // A ruby's reading and its fallback parentheses: 漢字<rt>かんじ</rt> is the text 漢字, not 漢字かんじ.
        "rt", "rp",
    };

    private static readonly HashSet<string> CaptionParts = new(StringComparer.Ordinal) { "caption", "captions", "credit", "credits", "photocredit" };

    private static readonly HashSet<string> MetaParts = new(StringComparer.Ordinal) { "byline", "dateline", "timestamp" };

    private static readonly HashSet<string> MetaNames = new(StringComparer.Ordinal)
    {
        "entry-meta", "post-meta", "article-meta", "posted-on", "entry-date", "post-date", "publish-date", "published-date",
    };

    /// <summary>Parts that say the opposite: no_caption, has-credit.</summary>
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "no", "has", "without" };

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

    /// <summary>A caption or credit: &lt;figcaption&gt;, or an element whose class or id names one (WordPress's
    /// wp-caption-text, news sites' image-credit, article_caption ...; not no_caption).</summary>
    public static bool IsCaption(IElement element) =>
        element.LocalName == "figcaption" || NamedAs(element, CaptionParts, []);

    /// <summary>A dateline or byline box (WordPress entry-meta, news sites' byline and timestamp): the page's
    /// metadata, stored as such, not prose.</summary>
    public static bool IsDateOrByline(IElement element) => NamedAs(element, MetaParts, MetaNames);

    /// <summary>
    /// Whether a class or id token of <paramref name="element"/> is one of <paramref name="names"/>, or has one of
    /// <paramref name="parts"/> among its hyphen- or underscore-separated parts and no negating part.
    /// </summary>
    private static bool NamedAs(IElement element, HashSet<string> parts, HashSet<string> names)
    {
        foreach (var token in $"{element.ClassName} {element.Id}".Split(' ', '\t', '\n'))
        {
            if (token.Length == 0)
            {
                continue;
            }

            var lower = token.ToLowerInvariant();
            var tokenParts = lower.Split('-', '_');
            if (names.Contains(lower) || (tokenParts.Any(parts.Contains) && !tokenParts.Any(Negations.Contains)))
            {
                return true;
            }
        }

        return false;
    }

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
