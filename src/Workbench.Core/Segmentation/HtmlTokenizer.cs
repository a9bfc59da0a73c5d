namespace Workbench.Core.Segmentation;

/// <summary>
/// A small, tolerant HTML tokenizer: enough to find block elements and their text in real-world pages. It never
/// throws; anything that is not a well-formed tag is text. The content of raw-text elements (script, style) is
/// skipped, so a "&lt;" inside a script cannot open a tag.
/// </summary>
internal static class HtmlTokenizer
{
    private static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal) { "script", "style", "textarea", "title" };

    public static IEnumerable<HtmlToken> Tokenize(string html)
    {
        var position = 0;
        var line = 1;
        while (position < html.Length)
        {
            var start = position;
            var startLine = line;
            if (html[position] != '<' || !TryReadMarkup(html, ref position, out var tag))
            {
                var next = html.IndexOf('<', position + 1);
                position = next < 0 ? html.Length : next;
                var text = html[start..position];
                line += CountLineBreaks(text);
                yield return new HtmlToken(HtmlTokenKind.Text, text, startLine);
                continue;
            }

            line += CountLineBreaks(html.AsSpan(start, position - start));
            if (tag is not { } token)
            {
                continue;
            }

            yield return token with { Line = startLine };
            if (token.Kind == HtmlTokenKind.StartTag && !token.SelfClosing && RawTextElements.Contains(token.Value))
            {
                var close = html.IndexOf("</" + token.Value, position, StringComparison.OrdinalIgnoreCase);
                var contentEnd = close < 0 ? html.Length : close;
                line += CountLineBreaks(html.AsSpan(position, contentEnd - position));
                position = contentEnd;
            }
        }
    }

    /// <summary>
    /// Reads a tag, comment or declaration at <paramref name="position"/> ('&lt;'). Returns false when the '&lt;' is
    /// just text; <paramref name="tag"/> is null for markup that carries no element (comments, doctype).
    /// </summary>
    private static bool TryReadMarkup(string html, ref int position, out HtmlToken? tag)
    {
        tag = null;
        var rest = html.AsSpan(position);
        if (rest.StartsWith("<!--"))
        {
            var end = html.IndexOf("-->", position + 4, StringComparison.Ordinal);
            position = end < 0 ? html.Length : end + 3;
            return true;
        }

        if (rest.Length > 1 && rest[1] is '!' or '?')
        {
            var end = html.IndexOf('>', position);
            position = end < 0 ? html.Length : end + 1;
            return true;
        }

        var isEnd = rest.Length > 1 && rest[1] == '/';
        var nameStart = position + (isEnd ? 2 : 1);
        if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
        {
            return false;
        }

        var nameEnd = nameStart;
        while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':'))
        {
            nameEnd++;
        }

        var close = FindTagEnd(html, nameEnd);
        var selfClosing = close > 0 && html[close - 1] == '/';
        var name = html[nameStart..nameEnd].ToLowerInvariant();
        position = close < 0 ? html.Length : close + 1;
        tag = new HtmlToken(isEnd ? HtmlTokenKind.EndTag : HtmlTokenKind.StartTag, name, 0, selfClosing);
        return true;
    }

    /// <summary>Index of the '&gt;' that ends a tag, skipping quoted attribute values (a quote only opens a value right after '='); -1 if the tag never ends.</summary>
    private static int FindTagEnd(string html, int from)
    {
        char? quote = null;
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'' && html.AsSpan(from, i - from).TrimEnd().EndsWith('='))
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return -1;
    }

    private static int CountLineBreaks(ReadOnlySpan<char> text) => text.Count('\n');
}
