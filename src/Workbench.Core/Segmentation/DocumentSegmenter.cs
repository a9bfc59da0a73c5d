using System.Text.RegularExpressions;
using Workbench.Core.Documents;
using Workbench.Core.Segmentation.Srx;
using Workbench.Core.Text;

namespace Workbench.Core.Segmentation;

/// <summary>Reads a source file (txt, md, html) and splits it into paragraphs and sentences.</summary>
public sealed class DocumentSegmenter
{
    /// <summary>Read on first split: a command that reads pre-segmented lines never parses the built-in rules.</summary>
    private readonly Lazy<SrxDocument> rules;
    private readonly SegmentationOptions options;
    private readonly Lazy<SentenceSplitter> english;
    private readonly Lazy<SentenceSplitter> japanese;
    private readonly ISourceDocumentReader sources;

    /// <param name="rules">Sentence rules.</param>
    /// <param name="options">Reading limits, HTML elements and bracket handling.</param>
    /// <param name="sources">How files become paragraphs; by default <see cref="FileSourceReader"/>.</param>
    public DocumentSegmenter(SrxDocument rules, SegmentationOptions options, ISourceDocumentReader? sources = null)
        : this(new Lazy<SrxDocument>(() => rules), options, sources)
    {
        ArgumentNullException.ThrowIfNull(rules);
    }

    private DocumentSegmenter(Lazy<SrxDocument> rules, SegmentationOptions options, ISourceDocumentReader? sources)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.rules = rules;
        this.options = options;
        this.sources = sources ?? new FileSourceReader(options);
        english = new(() => SentenceSplitter.Create(rules.Value, Language.English, options));
        japanese = new(() => SentenceSplitter.Create(rules.Value, Language.Japanese, options));
    }

    /// <summary>The options this segmenter reads and splits with.</summary>
    public SegmentationOptions Options => options;

    /// <summary>Segments with the built-in SRX rules and default options.</summary>
    public static DocumentSegmenter Default { get; } = new(new Lazy<SrxDocument>(() => SrxLoader.Default), SegmentationOptions.Default, null);

    /// <summary>A segmenter using the rules of a user's SRX 2.0 file.</summary>
    /// <exception cref="WorkbenchInputException">The SRX file is missing or invalid.</exception>
    public static DocumentSegmenter FromSrxFile(string srxPath) => new(SrxLoader.Load(srxPath), SegmentationOptions.Default);

    /// <summary>The same rules and options, reading files with <paramref name="reader"/>.</summary>
    public DocumentSegmenter WithSources(ISourceDocumentReader reader) => new(rules, options, reader);

    /// <summary>Decodes and segments a file; throws <see cref="WorkbenchInputException"/> on unusable input.</summary>
    public IReadOnlyList<Segment> SegmentFile(string path, Language language) => ReadFile(path, language).Segments;

    /// <summary>Reads, decodes and segments a file, keeping what the page says about itself.</summary>
    public SegmentedDocument ReadFile(string path, Language language)
    {
        ArgumentNullException.ThrowIfNull(path);
        var source = sources.Read(path);
        var segments = SegmentParagraphs(source.Paragraphs, language, path);
        return segments.Count > 0
            ? new SegmentedDocument(segments, source.Metadata)
            : throw new WorkbenchInputException($"{path}: no paragraphs of text found (read as {source.Description})");
    }

    /// <summary>Segments text already in memory; <paramref name="format"/> says how paragraphs are marked.</summary>
    public IReadOnlyList<Segment> SegmentText(string text, Language language, SourceFormat format = SourceFormat.PlainText)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SegmentParagraphs(FileSourceReader.ReaderFor(format, options).Read(TextNormalizer.Normalize(text)), language, "text");
    }

    /// <summary>Splits paragraphs already read into sentences; <paramref name="source"/> names them in messages.</summary>
    public IReadOnlyList<Segment> SegmentParagraphs(IReadOnlyList<Paragraph> paragraphs, Language language, string source)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var splitter = language == Language.English ? english.Value : japanese.Value;
        var segments = new List<Segment>();

        // A paragraph of invisible characters gives no sentence and takes no paragraph number: numbers stay consecutive.
        var paragraphNumber = 0;
        foreach (var paragraph in paragraphs)
        {
            IReadOnlyList<Range> sentences;
            try
            {
                sentences = splitter.Split(paragraph.Text);
            }
            catch (RegexMatchTimeoutException error)
            {
                throw new WorkbenchInputException(
                    $"{source}: line {paragraph.SourceLine}: a segmentation rule from {rules.Value.Source} took longer than {error.MatchTimeout.TotalSeconds}s",
                    error);
            }

            foreach (var sentence in sentences)
            {
                var start = sentence.Start.GetOffset(paragraph.Text.Length);
                segments.Add(new Segment(segments.Count, paragraphNumber, paragraph.LineAt(start), paragraph.Text[sentence]));
            }

            if (sentences.Count > 0)
            {
                paragraphNumber++;
            }
        }

        return segments;
    }
}
