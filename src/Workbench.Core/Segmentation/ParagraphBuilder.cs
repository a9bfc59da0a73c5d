using System.Text;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Segmentation;

/// <summary>
/// Turns extracted text in which '\n' marks a source line break into a <see cref="Paragraph"/>: whitespace runs
/// become one space, except that a line break between two full-width characters disappears (Japanese wraps lines
/// without spaces), and every line break is remembered so sentences can report their source line.
/// </summary>
internal static class ParagraphBuilder
{
    /// <returns>The paragraph, or null if the text holds nothing but whitespace.</returns>
    public static Paragraph? Build(string markedText, int firstLine)
    {
        var text = new StringBuilder(markedText.Length);
        var lineStarts = new List<int>();
        var startLine = firstLine;
        var pendingSpace = false;
        var pendingLineBreaks = 0;
        foreach (var c in markedText)
        {
            if (c == '\n')
            {
                pendingLineBreaks++;
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
            }
            else
            {
                if (text.Length == 0)
                {
                    startLine += pendingLineBreaks;
                }
                else
                {
                    if (pendingSpace || (pendingLineBreaks > 0 && !(EastAsianWidth.IsWide(text[^1]) && EastAsianWidth.IsWide(c))))
                    {
                        text.Append(' ');
                    }

                    lineStarts.AddRange(Enumerable.Repeat(text.Length, pendingLineBreaks));
                }

                pendingSpace = false;
                pendingLineBreaks = 0;
                text.Append(c);
            }
        }

        return text.Length == 0 ? null : new Paragraph(text.ToString(), startLine, lineStarts);
    }
}
