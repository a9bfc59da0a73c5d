using System.Net;
using System.Text;

namespace Workbench.Core.Segmentation;

/// <summary>
/// HTML: the text of block elements (p, h1-h6, li, blockquote, ...) are paragraphs; scripts, styles, navigation,
/// headers and footers are dropped; entities are decoded. Tolerates unclosed and mis-nested tags.
/// </summary>
public sealed class HtmlParagraphReader(HtmlReaderOptions options) : IParagraphReader
{
    public HtmlParagraphReader()
        : this(HtmlReaderOptions.Default)
    {
    }

    public IReadOnlyList<Paragraph> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = new List<Paragraph>();
        var dropped = new List<string>();
        var open = new List<string>();
        var buffer = new StringBuilder();
        var bufferLine = 0;

        void Flush()
        {
            if (buffer.Length > 0 && ParagraphBuilder.Build(WebUtility.HtmlDecode(buffer.ToString()), bufferLine) is { } paragraph)
            {
                paragraphs.Add(paragraph);
            }

            buffer.Clear();
        }

        foreach (var token in HtmlTokenizer.Tokenize(text))
        {
            if (dropped.Count > 0 || (token.Kind == HtmlTokenKind.StartTag && options.DroppedElements.Contains(token.Value)))
            {
                TrackDropped(dropped, token);
                continue;
            }

            switch (token.Kind)
            {
                case HtmlTokenKind.StartTag or HtmlTokenKind.EndTag when options.LineBreakElements.Contains(token.Value):
                    Flush();
                    break;
                case HtmlTokenKind.StartTag when options.ParagraphElements.Contains(token.Value):
                    Flush();
                    CloseImplicitly(open, token.Value);
                    if (!token.SelfClosing)
                    {
                        open.Add(token.Value);
                    }

                    break;
                case HtmlTokenKind.EndTag when options.ParagraphElements.Contains(token.Value):
                    Flush();
                    PopThrough(open, token.Value);
                    break;
                case HtmlTokenKind.StartTag when options.BreakingElements.Contains(token.Value):
                    Flush();
                    CloseImplicitly(open, token.Value);
                    break;
                case HtmlTokenKind.EndTag when options.BreakingElements.Contains(token.Value):
                    Flush();
                    break;
                case HtmlTokenKind.Text when open.Count > 0:
                    if (buffer.Length == 0)
                    {
                        bufferLine = token.Line;
                    }

                    buffer.Append(token.Value);
                    break;
                default:
                    break;
            }
        }

        Flush();
        return paragraphs;
    }

    /// <summary>Inside a dropped element only nesting matters: the same element opening again, or closing.</summary>
    private void TrackDropped(List<string> dropped, HtmlToken token)
    {
        if (token.Kind == HtmlTokenKind.StartTag && !token.SelfClosing && options.DroppedElements.Contains(token.Value))
        {
            dropped.Add(token.Value);
        }
        else if (token.Kind == HtmlTokenKind.EndTag)
        {
            PopThrough(dropped, token.Value);
        }
    }

    /// <summary>HTML's implied end tags: a block starting inside a &lt;p&gt; closes it, and a new &lt;li&gt; closes
    /// the previous one.</summary>
    private static void CloseImplicitly(List<string> open, string starting)
    {
        if (open.Count > 0 && (open[^1] == "p" || (starting == "li" && open[^1] == "li")))
        {
            open.RemoveAt(open.Count - 1);
        }
    }

    /// <summary>Closes the innermost open <paramref name="name"/> and everything opened inside it; ignores strays.</summary>
    private static void PopThrough(List<string> stack, string name)
    {
        var index = stack.LastIndexOf(name);
        if (index >= 0)
        {
            stack.RemoveRange(index, stack.Count - index);
        }
    }
}
