namespace Workbench.Core.Segmentation;

/// <summary>Which HTML elements hold prose and which are page furniture.</summary>
/// <param name="ParagraphElements">Elements whose text is a paragraph.</param>
/// <param name="DroppedElements">Elements dropped with everything inside them.</param>
/// <param name="BreakingElements">Other elements that end the paragraph being collected (text between them and a
/// paragraph element is not prose and is ignored).</param>
public sealed record HtmlReaderOptions(
    IReadOnlySet<string> ParagraphElements,
    IReadOnlySet<string> DroppedElements,
    IReadOnlySet<string> BreakingElements)
{
    public static HtmlReaderOptions Default { get; } = new(
        Set("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dt", "dd", "figcaption", "td", "th", "caption"),
        Set("script", "style", "nav", "header", "footer", "noscript", "template", "head", "svg", "aside", "form",
            "button", "select", "iframe", "object", "textarea", "title"),
        Set("br", "hr", "div", "section", "article", "main", "ul", "ol", "dl", "table", "tr", "tbody", "thead",
            "figure", "address", "pre", "body", "html"));

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
