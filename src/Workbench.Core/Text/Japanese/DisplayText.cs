using System.Buffers;
using System.Globalization;
using System.Text;

namespace Workbench.Core.Text.Japanese;

/// <summary>
/// Measures, wraps and clips text by terminal display width (<see cref="EastAsianWidth"/>: East Asian Wide
/// characters take two columns). Japanese breaks between any two characters except before closing and after opening
/// punctuation (kinsoku). The review UI and the reports lay text out with it, never with <c>string.Length</c>.
/// </summary>
public static class DisplayText
{
    private const string NoLineStart = "、。，．・：；？！ー…‥）］｝」』】〕〉》〙〗ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.:;!?)]}";
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\u0085\u2028\u2029");
    private const string NoLineEnd = "（［｛「『【〔〈《〘〖([{";

    public static int Width(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += EastAsianWidth.Columns(rune);
        }

        return width;
    }

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="width"/> columns, marking a cut with an ellipsis.</summary>
    public static string Clip(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (width <= 0)
        {
            return string.Empty;
        }

        if (Width(text) <= width)
        {
            return text;
        }

        var clipped = new StringBuilder();
        var used = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var elementWidth = ElementWidth(element);
            if (used + elementWidth > width - 1)
            {
                break;
            }

            clipped.Append(element);
            used += elementWidth;
        }

        return clipped.Append('…').ToString();
    }

    /// <summary>What a line break inside a segment is shown as where a view gives each side one line.</summary>
    public const string LineBreakMark = "⏎";

    /// <summary>
    /// <paramref name="text"/> on one line: each line break in it (CR LF, LF, CR, NEL, the Unicode line and paragraph
    /// separators) shown as <see cref="LineBreakMark"/>. A TMX segment may hold line breaks; printed as they are, the
    /// rest of the segment would start a line of its own in <c>show</c>, <c>search</c> and <c>lookup</c>, where every
    /// other line starts with a label.
    /// </summary>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(LineBreaks) < 0)
        {
            return text;
        }

        var line = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (LineBreaks.Contains(text[i]))
            {
                line.Append(LineBreakMark);
                i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0;
            }
            else
            {
                line.Append(text[i]);
            }
        }

        return line.ToString();
    }

    /// <summary>Wraps <paramref name="text"/> into lines of at most <paramref name="width"/> columns (at least 2).</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        width = Math.Max(2, width);
        var lines = new List<string>();
        var line = new List<(string Text, int Width)>();
        var lineWidth = 0;
        var breakAt = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = Normalise(elements.GetTextElement());
            var elementWidth = ElementWidth(element);
            if (elementWidth == 0 && element != " ")
            {
                continue;
            }

            var isSpace = element == " ";
            if (isSpace && line.Count == 0)
            {
                continue;
            }

            if (line.Count > 0 && MayBreakBetween(line[^1].Text, element))
            {
                breakAt = line.Count;
            }

            if (!isSpace && lineWidth + elementWidth > width)
            {
                var keep = breakAt > 0 ? breakAt : line.Count;
                lines.Add(Join(line, keep).TrimEnd());
                line.RemoveRange(0, keep);
                while (line.Count > 0 && line[0].Text == " ")
                {
                    line.RemoveAt(0);
                }

                lineWidth = line.Sum(e => e.Width);
                breakAt = 0;
                if (lineWidth + elementWidth > width)
                {
                    lines.Add(Join(line, line.Count));
                    line.Clear();
                    lineWidth = 0;
                }
            }

            line.Add((element, elementWidth));
            lineWidth += elementWidth;
        }

        if (line.Count > 0 || lines.Count == 0)
        {
            lines.Add(Join(line, line.Count).TrimEnd());
        }

        return lines;
    }

    private static bool MayBreakBetween(string previous, string next)
    {
        if (previous == " ")
        {
            return next != " ";
        }

        var wide = ElementWidth(previous) > 1 || ElementWidth(next) > 1;
        return wide && next != " " && !NoLineStart.Contains(next, StringComparison.Ordinal) &&
            !NoLineEnd.Contains(previous, StringComparison.Ordinal);
    }

    // A tab is a space; a line break inside a segment is shown as the mark the one-line views use, so the review UI
    // and the command line show the same text.
    private static string Normalise(string element) =>
        element == "\t" ? " " : element is "\r\n" || (element.Length == 1 && LineBreaks.Contains(element[0])) ? LineBreakMark : element;

    private static int ElementWidth(string element)
    {
        if (element == " ")
        {
            return 1;
        }

        return EastAsianWidth.Columns(Rune.GetRuneAt(element, 0));
    }


    private static string Join(List<(string Text, int Width)> elements, int count)
    {
        var joined = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            joined.Append(elements[i].Text);
        }

        return joined.ToString();
    }
}
