using System.Text.RegularExpressions;
using Workbench.Core.Documents;
using Workbench.Core.Segmentation.Srx;
using Workbench.Core.Text;

namespace Workbench.Core.Segmentation;

/// <summary>Reads a source file (txt, md, html) and splits it into paragraphs and sentences.</summary>
public sealed class DocumentSegmenter
{
    private readonly SrxDocument rules;
    private readonly SegmentationOptions options;
    private readonly Lazy<SentenceSplitter> english;
    private readonly Lazy<SentenceSplitter> japanese;

    public DocumentSegmenter(SrxDocument rules, SegmentationOptions options)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        this.rules = rules;
        this.options = options;
        english = new(() => SentenceSplitter.Create(rules, Language.English, options));
        japanese = new(() => SentenceSplitter.Create(rules, Language.Japanese, options));
    }

    /// <summary>Segments with the built-in SRX rules and default options.</summary>
    public static DocumentSegmenter Default { get; } = new(SrxLoader.Default, SegmentationOptions.Default);

    /// <summary>A segmenter using the rules of a user's SRX 2.0 file.</summary>
    /// <exception cref="WorkbenchInputException">The SRX file is missing or invalid.</exception>
    public static DocumentSegmenter FromSrxFile(string srxPath) => new(SrxLoader.Load(srxPath), SegmentationOptions.Default);

    /// <summary>Decodes and segments a file; throws <see cref="WorkbenchInputException"/> on unusable input.</summary>
    public IReadOnlyList<Segment> SegmentFile(string path, Language language)
    {
        ArgumentNullException.ThrowIfNull(path);
        var format = SourceFormats.FromPath(path);
        var text = new SourceTextReader(options.Input).Read(path).Text;
        var segments = Segment(ReaderFor(format).Read(text), language, path);
        return segments.Count > 0
            ? segments
            : throw new WorkbenchInputException($"{path}: no paragraphs of text found (read as {format})");
    }

    /// <summary>Segments text already in memory; <paramref name="format"/> says how paragraphs are marked.</summary>
    public IReadOnlyList<Segment> SegmentText(string text, Language language, SourceFormat format = SourceFormat.PlainText)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Segment(ReaderFor(format).Read(TextNormalizer.Normalize(text)), language, "text");
    }

    private IReadOnlyList<Segment> Segment(IReadOnlyList<Paragraph> paragraphs, Language language, string source)
    {
        var splitter = language == Language.English ? english.Value : japanese.Value;
        var segments = new List<Segment>();
        for (var index = 0; index < paragraphs.Count; index++)
        {
            var paragraph = paragraphs[index];
            IReadOnlyList<Range> sentences;
            try
            {
                sentences = splitter.Split(paragraph.Text);
            }
            catch (RegexMatchTimeoutException error)
            {
                throw new WorkbenchInputException(
                    $"{source}: line {paragraph.SourceLine}: a segmentation rule from {rules.Source} took longer than {error.MatchTimeout.TotalSeconds}s",
                    error);
            }

            foreach (var sentence in sentences)
            {
                var start = sentence.Start.GetOffset(paragraph.Text.Length);
                segments.Add(new Segment(segments.Count, index, paragraph.LineAt(start), paragraph.Text[sentence]));
            }
        }

        return segments;
    }

    private IParagraphReader ReaderFor(SourceFormat format) => format switch
    {
        SourceFormat.Markdown => new MarkdownParagraphReader(),
        SourceFormat.Html => new HtmlParagraphReader(options.Html),
        _ => new PlainTextParagraphReader(),
    };
}
