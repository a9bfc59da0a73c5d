namespace Workbench.Core.Segmentation;

/// <summary>Plain text: every non-empty line is a paragraph, as in articles pasted from a web page.</summary>
public sealed class PlainTextParagraphReader : IParagraphReader
{
    public IReadOnlyList<Paragraph> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = new List<Paragraph>();
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                paragraphs.Add(new Paragraph(line, lineNumber));
            }
        }

        return paragraphs;
    }
}
