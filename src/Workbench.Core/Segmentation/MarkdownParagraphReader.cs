using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Workbench.Core.Segmentation;

/// <summary>
/// Markdown: blank-line separated paragraphs; headings, list items and block quotes are paragraphs of their own.
/// Inline markup is removed (links keep their text, images and code blocks are dropped) so only prose remains.
/// </summary>
public sealed partial class MarkdownParagraphReader : IParagraphReader
{
    public IReadOnlyList<Paragraph> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var state = new BlockState();
        var lines = text.Split('\n');
        var first = SkipFrontMatter(lines);
        string? fence = null;
        for (var i = first; i < lines.Length; i++)
        {
            var line = lines[i];
            var lineNumber = i + 1;
            if (fence is not null)
            {
                if (line.TrimStart().StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }

                continue;
            }

            if (FenceOpening().Match(line) is { Success: true } opening)
            {
                state.Flush();
                fence = opening.Groups["fence"].Value;
                continue;
            }

            ReadBlockLine(state, line, lineNumber);
        }

        state.Flush();
        return state.Paragraphs;
    }

    private static void ReadBlockLine(BlockState state, string line, int lineNumber)
    {
        var quote = BlockQuoteMarker().Match(line);
        var isQuote = quote.Success;
        var content = isQuote ? line[quote.Length..] : line;
        if (isQuote != state.InQuote)
        {
            state.Flush();
            state.InQuote = isQuote;
        }

        if (string.IsNullOrWhiteSpace(content) || LinkReferenceDefinition().IsMatch(content))
        {
            state.Flush();
        }
        else if (SetextUnderline().IsMatch(content) && state.HasText)
        {
            state.Flush();
        }
        else if (ThematicBreak().IsMatch(content))
        {
            state.Flush();
        }
        else if (AtxHeading().Match(content) is { Success: true } heading)
        {
            state.Flush();
            state.Append(heading.Groups["text"].Value, lineNumber);
            state.Flush();
        }
        else if (ListItem().Match(content) is { Success: true } item)
        {
            state.Flush();
            state.Append(item.Groups["text"].Value, lineNumber);
        }
        else
        {
            state.Append(content, lineNumber);
        }
    }

    private static int SkipFrontMatter(string[] lines)
    {
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return 0;
        }

        var end = Array.FindIndex(lines, 1, line => line.TrimEnd() is "---" or "...");
        return end < 0 ? 0 : end + 1;
    }

    /// <summary>Removes inline markup from a block's text ('\n' line markers are kept).</summary>
    internal static string StripInlineMarkup(string block)
    {
        var text = BackslashEscape().Replace(block, m => ((char)(EscapedBase + m.Groups[1].Value[0])).ToString());
        text = HtmlComment().Replace(text, string.Empty);
        text = CodeSpan().Replace(text, "${code}");
        text = Image().Replace(text, string.Empty);
        text = Link().Replace(text, "${text}");
        text = AutoLink().Replace(text, "${url}");
        text = InlineHtmlTag().Replace(text, string.Empty);
        text = StrongEmphasis().Replace(text, "${text}");
        text = Strikethrough().Replace(text, "${text}");
        text = StarEmphasis().Replace(text, "${text}");
        text = UnderscoreEmphasis().Replace(text, "${text}");
        text = WebUtility.HtmlDecode(text);
        var restored = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            restored.Append(c is >= EscapedBase and < (char)(EscapedBase + 0x80) ? (char)(c - EscapedBase) : c);
        }

        return restored.ToString();
    }

    /// <summary>Escaped punctuation is parked in the Private Use Area so no markup rule sees it.</summary>
    private const char EscapedBase = '\uE000';

    [GeneratedRegex(@"^\s{0,3}(?<fence>`{3,}|~{3,})")]
    private static partial Regex FenceOpening();

    [GeneratedRegex(@"^\s{0,3}(?:>\s?)+")]
    private static partial Regex BlockQuoteMarker();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*\S+")]
    private static partial Regex LinkReferenceDefinition();

    [GeneratedRegex(@"^\s{0,3}(?:=+|-+)\s*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^\s{0,3}#{1,6}(?:\s+(?<text>.*?))?(?:\s+#+)?\s*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,9}[.)])\s+(?<text>.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex BackslashEscape();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();

    [GeneratedRegex(@"(?<ticks>`+)(?<code>.+?)\k<ticks>", RegexOptions.Singleline)]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"!\[[^\]]*\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])")]
    private static partial Regex Link();

    [GeneratedRegex(@"<(?<url>(?:https?|mailto):[^>\s]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")]
    private static partial Regex InlineHtmlTag();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(?<text>.+?)(?<=\S)\1", RegexOptions.Singleline)]
    private static partial Regex StrongEmphasis();

    [GeneratedRegex(@"~~(?=\S)(?<text>.+?)(?<=\S)~~", RegexOptions.Singleline)]
    private static partial Regex Strikethrough();

    [GeneratedRegex(@"(?<![\w*])\*(?=\S)(?<text>.+?)(?<=\S)\*(?![\w*])", RegexOptions.Singleline)]
    private static partial Regex StarEmphasis();

    [GeneratedRegex(@"(?<!\w)_(?=\S)(?<text>.+?)(?<=\S)_(?!\w)", RegexOptions.Singleline)]
    private static partial Regex UnderscoreEmphasis();

    /// <summary>The block being collected and the paragraphs finished so far.</summary>
    private sealed class BlockState
    {
        private readonly StringBuilder block = new();
        private int blockLine;

        public List<Paragraph> Paragraphs { get; } = [];

        public bool InQuote { get; set; }

        public bool HasText => block.Length > 0;

        public void Append(string line, int lineNumber)
        {
            if (block.Length == 0)
            {
                blockLine = lineNumber;
            }
            else
            {
                block.Append('\n');
            }

            block.Append(line);
        }

        public void Flush()
        {
            if (block.Length > 0 && ParagraphBuilder.Build(StripInlineMarkup(block.ToString()), blockLine) is { } paragraph)
            {
                Paragraphs.Add(paragraph);
            }

            block.Clear();
        }
    }
}
