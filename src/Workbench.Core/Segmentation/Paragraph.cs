namespace Workbench.Core.Segmentation;

/// <summary>A paragraph of prose extracted from a source file, markup removed.</summary>
/// <param name="Text">The paragraph's text on one line.</param>
/// <param name="SourceLine">1-based line of the source file where the paragraph starts.</param>
/// <param name="LineStarts">
/// Offsets in <paramref name="Text"/> where each following source line begins, ascending; empty when the paragraph
/// came from a single line.
/// </param>
public sealed record Paragraph(string Text, int SourceLine, IReadOnlyList<int> LineStarts)
{
    public Paragraph(string text, int sourceLine)
        : this(text, sourceLine, [])
    {
    }

    /// <summary>The 1-based source line holding the character at <paramref name="offset"/>.</summary>
    public int LineAt(int offset)
    {
        var line = SourceLine;
        foreach (var start in LineStarts)
        {
            if (start > offset)
            {
                break;
            }

            line++;
        }

        return line;
    }
}
