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

    /// <summary>Whether <paramref name="c"/> is an invisible format character (the first of them is the soft hyphen).</summary>
    public static bool IsFormatCharacter(char c) => c >= '\u00AD' && char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>Whether <paramref name="text"/> holds an invisible format character.</summary>
    public static bool HasFormatCharacter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsFormatCharacter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Removes the invisible format characters of <paramref name="text"/> in place; returns the new length.</summary>
    public static int RemoveFormatCharacters(Span<char> text)
    {
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
}
