using System.Globalization;
using Workbench.Core;
using Workbench.Core.Segmentation;

namespace Workbench.Html;

/// <summary>
/// Reads .html/.htm/.xhtml files as articles (or, with <see cref="HtmlReadingOptions.WholePage"/>, every paragraph
/// of the page) and every other file as Core's <see cref="FileSourceReader"/> does. The line-length guard is
/// applied to the extracted paragraphs, never to markup.
/// </summary>
public sealed class HtmlSourceReader(HtmlReadingOptions options) : ISourceDocumentReader
{
    private readonly FileSourceReader files = new(options.Segmentation);

    public SourceDocument Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (SourceFormats.FromPath(path) != SourceFormat.Html)
        {
            return files.Read(path);
        }

        var text = HtmlPageDecoder.Read(path, options.Segmentation.Input).Text;
        var document = options.WholePage ? WholePage(text) : Article(text, path);
        CheckParagraphLengths(path, document.Paragraphs);
        return document;
    }

    private SourceDocument WholePage(string text)
    {
        var paragraphs = FileSourceReader.ReaderFor(SourceFormat.Html, options.Segmentation).Read(text);
        return new SourceDocument(paragraphs, PageMetadataReader.Read(ArticleExtractor.Parse(text)), "HTML (whole page)");
    }

    private SourceDocument Article(string text, string path) =>
        new ArticleExtractor(options.KeepCaptions).Extract(text, path)
            ?? throw new WorkbenchInputException($"{path}: no article found in the page; to read every paragraph of it, add --whole-page");

    private void CheckParagraphLengths(string path, IReadOnlyList<Paragraph> paragraphs)
    {
        var limit = options.Segmentation.Input.MaxLineCharacters;
        foreach (var paragraph in paragraphs.Where(p => p.Text.Length > limit))
        {
            throw new WorkbenchInputException(string.Create(
                CultureInfo.InvariantCulture,
                $"{path}: line {paragraph.SourceLine}: a paragraph of {paragraph.Text.Length} characters (limit {limit}); is this really prose?"));
        }
    }
}
