using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Workbench.Core.Segmentation.Srx;

/// <summary>
/// Translates the Java/ICU regular expressions SRX files are written in (OmegaT, Okapi) into .NET syntax. Most of the
/// two dialects agree; this handles the differences that occur in real rule files: <c>\Q…\E</c> quoting,
/// <c>\x{…}</c>, possessive quantifiers (made greedy, which only widens a rule's matches), nested character-class
/// unions, Java's <c>\h</c>/<c>\v</c>, POSIX and java* property names, Unicode scripts and <c>In</c>-blocks.
/// Constructs with no .NET equivalent (class intersection <c>&amp;&amp;</c>, ICU <c>\N{…}</c>) are rejected.
/// </summary>
internal static class JavaRegexTranslator
{
    // Instances, not the static Regex.Match: the static methods' cache is generic code compiled at run time.
    private static readonly Regex Bounds = new(@"^\{\d+(?:,\d*)?\}");
    private static readonly Regex InlineFlags = new(@"^\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?([:)])");

    private const string HorizontalSpace = @" \t\u00A0\u1680\u180E\u2000-\u200A\u202F\u205F\u3000";
    private const string VerticalSpace = @"\n\u000B\f\r\u0085\u2028\u2029";

    /// <summary>Java property names with their .NET character-class body (used inside [...]).</summary>
    private static readonly Dictionary<string, string> PropertyClassBodies = new(StringComparer.Ordinal)
    {
        ["Lower"] = "a-z",
        ["Upper"] = "A-Z",
        ["ASCII"] = @"\u0000-\u007F",
        ["Alpha"] = "a-zA-Z",
        ["Digit"] = "0-9",
        ["Alnum"] = "a-zA-Z0-9",
        ["Punct"] = @"!-/:-@\[-`{-~",
        ["Space"] = @" \t\n\u000B\f\r",
        ["Blank"] = @" \t",
        ["XDigit"] = "0-9a-fA-F",
        ["javaLowerCase"] = @"\p{Ll}",
        ["javaUpperCase"] = @"\p{Lu}",
        ["javaWhitespace"] = @"\s",
        ["javaLetter"] = @"\p{L}",
        ["javaDigit"] = @"\p{Nd}",
        ["javaLetterOrDigit"] = @"\p{L}\p{Nd}",
        ["IsAlphabetic"] = @"\p{L}\p{Nl}",
        ["IsLetter"] = @"\p{L}",
        ["IsDigit"] = @"\p{Nd}",
        ["IsUppercase"] = @"\p{Lu}",
        ["IsLowercase"] = @"\p{Ll}",
        ["IsWhite_Space"] = @"\s",
        ["IsPunctuation"] = @"\p{P}",
        ["IsHan"] = @"\u2E80-\u2FDF\u3005\u3007\u3021-\u3029\u3038-\u303B\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF",
        ["IsHiragana"] = @"\u3041-\u309F",
        ["IsKatakana"] = @"\u30A1-\u30FF\u31F0-\u31FF\uFF66-\uFF9F",
        ["IsLatin"] = @"A-Za-z\u00AA\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF",
        ["IsHangul"] = @"\u1100-\u11FF\u3131-\u318E\uAC00-\uD7A3",
    };

    private static readonly Dictionary<string, string> BlockNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CJKSymbolsandPunctuation"] = "IsCJKSymbolsandPunctuation",
        ["CJKUnifiedIdeographs"] = "IsCJKUnifiedIdeographs",
        ["Hiragana"] = "IsHiragana",
        ["Katakana"] = "IsKatakana",
        ["HalfwidthandFullwidthForms"] = "IsHalfwidthandFullwidthForms",
        ["BasicLatin"] = "IsBasicLatin",
        ["Latin1Supplement"] = "IsLatin-1Supplement",
        ["GeneralPunctuation"] = "IsGeneralPunctuation",
    };

    /// <exception cref="ArgumentException">The pattern uses a construct .NET cannot express.</exception>
    public static string Translate(string java)
    {
        ArgumentNullException.ThrowIfNull(java);
        var output = new StringBuilder(java.Length + 16);
        var classDepth = 0;
        var i = 0;
        while (i < java.Length)
        {
            var c = java[i];
            if (c == '\\')
            {
                i = TranslateEscape(java, i, classDepth > 0, output);
                continue;
            }

            if (classDepth > 0)
            {
                i = TranslateInClass(java, i, ref classDepth, output);
                continue;
            }

            switch (c)
            {
                case '[':
                    classDepth = 1;
                    output.Append(c);
                    i++;
                    if (i < java.Length && java[i] == '^')
                    {
                        output.Append('^');
                        i++;
                    }

                    // Java, like .NET, takes a ']' right after '[' or '[^' as a literal.
                    if (i < java.Length && java[i] == ']')
                    {
                        output.Append(@"\]");
                        i++;
                    }

                    break;
                case '(' when i + 1 < java.Length && java[i + 1] == '?':
                    i = TranslateGroupOpening(java, i, output);
                    break;
                case '*' or '+' or '?':
                    output.Append(c);
                    i = SkipPossessive(java, i + 1, output);
                    break;
                case '{' when Bounds.Match(java[i..]) is { Success: true } bounds:
                    output.Append(bounds.Value);
                    i = SkipPossessive(java, i + bounds.Length, output);
                    break;
                default:
                    output.Append(c);
                    i++;
                    break;
            }
        }

        if (classDepth > 0)
        {
            throw new ArgumentException($"unclosed character class in '{java}'");
        }

        return output.ToString();
    }

    private static int TranslateInClass(string java, int i, ref int classDepth, StringBuilder output)
    {
        var c = java[i];
        if (c == '[')
        {
            if (i + 1 < java.Length && java[i + 1] == '^')
            {
                throw new ArgumentException($"negated nested character class is not supported in '{java}'");
            }

            // A nested class in Java is a union: its members join the enclosing class.
            classDepth++;
            return i + 1;
        }

        if (c == ']')
        {
            classDepth--;
            if (classDepth == 0)
            {
                output.Append(']');
            }

            return i + 1;
        }

        if (c == '&' && i + 1 < java.Length && java[i + 1] == '&')
        {
            throw new ArgumentException($"character class intersection (&&) is not supported in '{java}'");
        }

        output.Append(c);
        return i + 1;
    }

    /// <summary>After a quantifier: keeps a lazy '?', drops a possessive '+'.</summary>
    private static int SkipPossessive(string java, int i, StringBuilder output)
    {
        if (i < java.Length && java[i] == '?')
        {
            output.Append('?');
            return i + 1;
        }

        return i < java.Length && java[i] == '+' ? i + 1 : i;
    }

    /// <summary>Copies "(?" constructs, dropping Java-only inline flags (u, U, d) that .NET does not know.</summary>
    private static int TranslateGroupOpening(string java, int i, StringBuilder output)
    {
        var flags = InlineFlags.Match(java[i..]);
        if (!flags.Success)
        {
            output.Append("(?");
            return i + 2;
        }

        static string Keep(string set) => new([.. set.Where(flag => flag is 'i' or 'm' or 's' or 'x' or 'n')]);
        var on = Keep(flags.Groups[1].Value);
        var off = Keep(flags.Groups[2].Value);
        var close = flags.Groups[3].Value;
        if (on.Length == 0 && off.Length == 0)
        {
            output.Append(close == ":" ? "(?:" : string.Empty);
        }
        else
        {
            output.Append("(?").Append(on).Append(off.Length > 0 ? "-" + off : string.Empty).Append(close);
        }

        return i + flags.Length;
    }

    private static int TranslateEscape(string java, int i, bool inClass, StringBuilder output)
    {
        if (i + 1 >= java.Length)
        {
            throw new ArgumentException($"trailing backslash in '{java}'");
        }

        var next = java[i + 1];
        switch (next)
        {
            case 'Q':
                var end = java.IndexOf(@"\E", i + 2, StringComparison.Ordinal);
                var literal = end < 0 ? java[(i + 2)..] : java[(i + 2)..end];
                output.Append(EscapeLiteral(literal));
                return end < 0 ? java.Length : end + 2;
            case 'x' when i + 2 < java.Length && java[i + 2] == '{':
                var close = java.IndexOf('}', i + 3);
                if (close < 0)
                {
                    throw new ArgumentException($"unclosed \\x{{ in '{java}'");
                }

                var codePoint = int.Parse(java[(i + 3)..close], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                output.Append(EscapeLiteral(char.ConvertFromUtf32(codePoint)));
                return close + 1;
            case 'h':
                output.Append(inClass ? HorizontalSpace : $"[{HorizontalSpace}]");
                return i + 2;
            case 'v':
                output.Append(inClass ? VerticalSpace : $"[{VerticalSpace}]");
                return i + 2;
            case 'H' or 'V' when !inClass:
                output.Append("[^").Append(next == 'H' ? HorizontalSpace : VerticalSpace).Append(']');
                return i + 2;
            case 'R' when !inClass:
                output.Append(@"(?:\r\n|[").Append(VerticalSpace).Append("])");
                return i + 2;
            case 'N':
                throw new ArgumentException($"named characters (\\N{{...}}) are not supported in '{java}'");
            case 'p' or 'P':
                return TranslateProperty(java, i, inClass, output);
            default:
                output.Append('\\').Append(next);
                return i + 2;
        }
    }

    private static int TranslateProperty(string java, int i, bool inClass, StringBuilder output)
    {
        var negated = java[i + 1] == 'P';
        string name;
        int next;
        if (i + 2 < java.Length && java[i + 2] == '{')
        {
            var close = java.IndexOf('}', i + 3);
            if (close < 0)
            {
                throw new ArgumentException($"unclosed \\p{{ in '{java}'");
            }

            name = java[(i + 3)..close];
            next = close + 1;
        }
        else
        {
            name = java.Substring(i + 2, 1);
            next = i + 3;
        }

        name = name.Replace("script=", "Is", StringComparison.OrdinalIgnoreCase)
            .Replace("sc=", "Is", StringComparison.OrdinalIgnoreCase)
            .Replace("block=", "In", StringComparison.OrdinalIgnoreCase)
            .Replace("blk=", "In", StringComparison.OrdinalIgnoreCase);
        if (name.StartsWith("Is", StringComparison.Ordinal) && name.Length <= 4 && !PropertyClassBodies.ContainsKey(name))
        {
            name = name[2..];
        }

        if (PropertyClassBodies.TryGetValue(name, out var body))
        {
            if (negated && inClass)
            {
                throw new ArgumentException($"negated property \\P{{{name}}} inside a character class is not supported in '{java}'");
            }

            output.Append(inClass ? body : $"[{(negated ? "^" : string.Empty)}{body}]");
            return next;
        }

        if (name.StartsWith("In", StringComparison.Ordinal))
        {
            var block = name[2..].Replace("_", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
            name = BlockNames.TryGetValue(block, out var dotnetBlock) ? dotnetBlock : "Is" + block;
        }

        output.Append('\\').Append(negated ? 'P' : 'p').Append('{').Append(name).Append('}');
        return next;
    }

    /// <summary>Escapes a literal so it means itself both inside and outside a character class.</summary>
    private static string EscapeLiteral(string literal)
    {
        var escaped = new StringBuilder(literal.Length * 6);
        foreach (var c in literal)
        {
            escaped.Append(char.IsAsciiLetterOrDigit(c) ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return escaped.ToString();
    }
}
