namespace Workbench.Core.Segmentation;

/// <summary>Which HTML elements hold prose and which are page furniture.</summary>
/// <param name="ParagraphElements">Elements whose text is a paragraph.</param>
/// <param name="DroppedElements">Elements dropped with everything inside them; among them a ruby's reading (rt) and
/// its fallback parentheses (rp): 漢字&lt;rt&gt;かんじ&lt;/rt&gt; is the text 漢字.</param>
/// <param name="BreakingElements">Other block elements: they end the paragraph being collected and close an open
/// &lt;p&gt;; text directly inside them is not prose and is ignored.</param>
/// <param name="LineBreakElements">Elements that end the paragraph being collected but leave the enclosing
/// paragraph element open, so the text after them is a new paragraph.</param>
public sealed record HtmlReaderOptions(
    IReadOnlySet<string> ParagraphElements,
    IReadOnlySet<string> DroppedElements,
    IReadOnlySet<string> BreakingElements,
    IReadOnlySet<string> LineBreakElements)
{
    public static HtmlReaderOptions Default { get; } = new(
        Set("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dt", "dd", "figcaption", "td", "th", "caption"),
        Set("script", "style", "nav", "header", "footer", "noscript", "template", "head", "svg", "aside", "form",
            "button", "select", "iframe", "object", "textarea", "title", "rt", "rp"),
        Set("hr", "div", "section", "article", "main", "ul", "ol", "dl", "table", "tr", "tbody", "thead",
            "figure", "address", "pre", "body", "html"),
        Set("br"));

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
