using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// What a line is in the article's structure. Prose ends with sentence punctuation; a fragment does not (a headline,
/// a deck, a caption, a list item, a section heading); a credit names a photo's or text's source (an all-capitals
/// Latin line such as "SOUTH KOREA DEFENSE MINISTRY VIA NURPHOTO", "写真：ロイター", "(The National Interest)").
/// A true pair is almost always of one kind on both sides (93% of nict-dev's 1-1 pairs, against 53% by chance).
/// </summary>
internal enum LineKind : byte
{
    Prose,
    Fragment,
    Credit,
}

internal static class LineKinds
{
    private static readonly string[] CreditLabels = ["写真", "画像", "出典", "提供", "Photo", "Photograph", "Image", "Credit", "Source"];

    public static LineKind Of(string line)
    {
        var text = line.AsSpan().Trim();
        if (IsCredit(text))
        {
            return LineKind.Credit;
        }

        var end = text.TrimEnd("\"”’)」』）");
        return end.Length > 0 && end[^1] is '.' or '?' or '!' or '。' or '！' or '？' ? LineKind.Prose : LineKind.Fragment;
    }

    private static bool IsCredit(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var label in CreditLabels)
        {
            // The colon first: it rules out nearly every line with one character read, before the case-blind comparison.
            if (text.Length > label.Length && text[label.Length] is ':' or '：' && text.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // A source tag standing alone: "(The National Interest)".
        if (text[0] is '(' or '（' && text[^1] is ')' or '）' && text[1..^1].IndexOfAny("()（）") < 0 && text.Length <= 60
            && !ContainsJapanese(text))
        {
            return true;
        }

        // Capitals only, two words or more, nothing Japanese: a photo credit.
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLower(c) || IsJapanese(c))
            {
                return false;
            }

            var letter = char.IsAsciiLetterUpper(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words >= 2 && text[^1] is not ('.' or '?' or '!');
    }

    private static bool ContainsJapanese(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsJapanese(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsJapanese(char c) => JapaneseChars.IsCjk(c);
}
