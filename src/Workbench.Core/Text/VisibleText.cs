using System.Globalization;

namespace Workbench.Core.Text;

/// <summary>
/// Invisible format characters (Unicode category Cf: zero-width space, soft hyphen, byte-order mark, direction marks,
/// zero-width joiners, word joiner) come with text pasted from web pages and word processors, and a reader cannot
/// see them. One rule for everything that compares text: they alone are as empty as a blank line (the segmenter: not
/// a sentence; the glossary readers: a term that could never match; a search query: empty), and the normal forms text
/// is compared in leave them out (<see cref="Japanese.JapaneseNormalizer"/>), so <c>nu&#xAD;clear</c> is <c>nuclear</c>.
/// </summary>
public static class VisibleText
{
    private const char FirstFormatCharacter = '\u00AD';
    private const char FormatFreeStart = '\u3000';
    private const char FormatFreeEnd = '\uFEFE';

    public static bool HasVisibleCharacter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !IsFormatCharacter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="c"/> is an invisible format character.</summary>
    /// <remarks>The Basic Multilingual Plane has none below the soft hyphen and none from U+3000 to U+FEFE (kana, kanji,
    /// full-width forms: most of a Japanese text), so those skip the category lookup; a test holds the shortcut to the
    /// runtime's Unicode data.</remarks>
    public static bool IsFormatCharacter(char c) =>
        c >= FirstFormatCharacter && (c < FormatFreeStart || c > FormatFreeEnd) && char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>Whether <paramref name="text"/> holds an invisible format character.</summary>
    /// <remarks>Vectorised scans for the characters that may be one (outside the ranges that hold none), each then
    /// looked up: most text is ASCII or kana and kanji and is read at memory speed.</remarks>
    public static bool HasFormatCharacter(ReadOnlySpan<char> text) =>
        HasFormatCharacterIn(text, FirstFormatCharacter, (char)(FormatFreeStart - 1))
        || HasFormatCharacterIn(text, (char)(FormatFreeEnd + 1), char.MaxValue);

    /// <summary>Removes the invisible format characters of <paramref name="text"/> in place; returns the new length.</summary>
    public static int RemoveFormatCharacters(Span<char> text)
    {
        if (!HasFormatCharacter(text))
        {
            return text.Length;
        }

        var length = 0;
        foreach (var c in text)
        {
            if (!IsFormatCharacter(c))
            {
                text[length++] = c;
            }
        }

        return length;
    }

    private static bool HasFormatCharacterIn(ReadOnlySpan<char> text, char low, char high)
    {
        for (var next = text.IndexOfAnyInRange(low, high); next >= 0; next = text.IndexOfAnyInRange(low, high))
        {
            if (char.GetUnicodeCategory(text[next]) == UnicodeCategory.Format)
            {
                return true;
            }

            text = text[(next + 1)..];
        }

        return false;
    }
}
