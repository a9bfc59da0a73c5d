using System.Globalization;

namespace Workbench.Core.Text;

/// <summary>
/// Whether text holds anything a reader can see: whitespace and invisible format characters (zero-width space, soft
/// hyphen, byte-order mark, direction marks, word joiner) alone are as empty as a blank line. One rule for the
/// segmenter (such a line is not a sentence) and the glossary readers (such a term could never match).
/// </summary>
public static class VisibleText
{
    public static bool HasVisibleCharacter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                return true;
            }
        }

        return false;
    }
}
