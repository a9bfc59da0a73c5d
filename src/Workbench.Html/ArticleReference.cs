using Workbench.Core.Segmentation;

namespace Workbench.Html;

/// <summary>
/// Reads an already-extracted article (a reference extraction, such as Readability's expected output) into
/// paragraphs with the same block rules the extractor uses, so both sides of a score are read alike.
/// </summary>
public static class ArticleReference
{
    public static IReadOnlyList<Paragraph> Read(string html, string? title, bool keepCaptions = false)
    {
        ArgumentNullException.ThrowIfNull(html);
        var page = ArticleExtractor.Parse(html);
        var body = new BlockParagraphs(keepCaptions).Read(page.Body ?? (AngleSharp.Dom.INode)page);
        return PageMetadataReader.Clean(title) is { } headline ? [new Paragraph(headline, 1), .. body] : body;
    }
}
