using Workbench.Core.Documents;

namespace Workbench.Core.Segmentation;

/// <summary>Reads a source file (txt, md, html) and splits it into paragraphs and sentences.</summary>
public sealed class DocumentSegmenter
{
    public static DocumentSegmenter Default { get; } = new();

    /// <summary>Decodes and segments a file; throws <see cref="WorkbenchInputException"/> on unusable input.</summary>
    public IReadOnlyList<Segment> SegmentFile(string path, Language language)
    {
        if (!File.Exists(path))
        {
            throw new WorkbenchInputException($"{path}: file not found");
        }

        return SegmentText(File.ReadAllText(path), language);
    }

    /// <summary>Segments plain text in which every non-empty line is a paragraph.</summary>
    public IReadOnlyList<Segment> SegmentText(string text, Language language)
    {
        _ = language;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var segments = new List<Segment>();
        var paragraph = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            segments.Add(new Segment(segments.Count, paragraph++, i + 1, lines[i].Trim()));
        }

        return segments;
    }
}
