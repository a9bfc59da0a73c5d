namespace Workbench.Core.Segmentation;

/// <summary>Plain text: every non-empty line is a paragraph, as in articles pasted from a web page.</summary>
public sealed class PlainTextParagraphReader : IParagraphReader
{
    public IReadOnlyList<Paragraph> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Paragraphs(text.Split('\n'));
    }

    /// <summary>The paragraphs of a text's lines (its text split at line feeds).</summary>
    public static IReadOnlyList<Paragraph> Paragraphs(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var paragraphs = new List<Paragraph>();
        for (var index = 0; index < lines.Count; index++)
        {
            if (!string.IsNullOrWhiteSpace(lines[index]))
            {
                paragraphs.Add(new Paragraph(lines[index], index + 1));
            }
        }

        return paragraphs;
    }
}
