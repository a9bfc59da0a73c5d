using Workbench.Core.Documents;
using Workbench.Core.Text;

namespace Workbench.Core.Segmentation;

/// <summary>Reads a file by the markup its extension implies: every paragraph of the file is prose. Plain text is
/// read line by line (<see cref="SourceTextReader.ReadLines"/>), with no text of the whole file.</summary>
public sealed class FileSourceReader(SegmentationOptions options) : ISourceDocumentReader
{
    public SourceDocument Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var format = SourceFormats.FromPath(path);
        var reader = new SourceTextReader(options.Input);
        var paragraphs = format == SourceFormat.PlainText
            ? PlainTextParagraphReader.Paragraphs(reader.ReadLines(path))
            : ReaderFor(format, options).Read(reader.Read(path).Text);
        return new SourceDocument(paragraphs, SourceMetadata.Empty, format.ToString());
    }

    /// <summary>The paragraph reader of one format.</summary>
    public static IParagraphReader ReaderFor(SourceFormat format, SegmentationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return format switch
        {
            SourceFormat.Markdown => new MarkdownParagraphReader(),
            SourceFormat.Html => new HtmlParagraphReader(options.Html),
            _ => new PlainTextParagraphReader(),
        };
    }
}
