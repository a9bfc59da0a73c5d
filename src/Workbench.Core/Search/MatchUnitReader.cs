using System.Buffers;
using System.Globalization;
using System.Text;
using Workbench.Core.Documents;

namespace Workbench.Core.Search;

/// <summary>
/// The tokeniser behind <see cref="MatchUnits"/>, over NFKC text already folded: it steps from unit to unit without
/// making a string, so the import's search keys (<see cref="SideSearchKeys"/>) and a lookup's unit list come from the
/// same rules. Whitespace is skipped. An ASCII digit starts a number (digits with inner , and .); a punctuation mark,
/// symbol, control character or lone surrogate is a unit of its own. English: anything else starts a word, which
/// goes on over letters, digits, surrogates, inner apostrophes (' or ’ before a letter) and the combining marks and
/// format characters (such as the soft hyphen) that belong to the letter before them (Unicode's word-break rule WB4).
/// Japanese: anything else is one character (one code point).
/// </summary>
internal ref struct MatchUnitReader
{
    private readonly ReadOnlySpan<char> text;
    private readonly bool english;
    private int start;
    private int end;

    public MatchUnitReader(ReadOnlySpan<char> normalized, Language language)
    {
        text = normalized;
        english = language == Language.English;
    }

    /// <summary>The current unit's characters as they stand in the text (an English word's ’ not yet made ').</summary>
    public readonly ReadOnlySpan<char> Unit => text[start..end];

    public MatchUnitKind Kind { get; private set; }

    public bool MoveNext()
    {
        var i = end;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            start = end = i;
            return false;
        }

        start = i;
        var c = text[i];
        if (char.IsAsciiDigit(c))
        {
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] is ',' or '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
            {
                i++;
            }

            Kind = MatchUnitKind.Number;
        }
        else if (IsPunctuation(text[i..]))
        {
            i += RuneLength(i);
            Kind = MatchUnitKind.Punctuation;
        }
        else if (english)
        {
            i++;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.IsSurrogate(text[i]) || IsWordExtender(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            Kind = MatchUnitKind.Word;
        }
        else
        {
            i += RuneLength(i);
            Kind = MatchUnitKind.Word;
        }

        end = i;
        return true;
    }

    // A lone surrogate is noise, not text: it is set aside with the punctuation.
    private static bool IsPunctuation(ReadOnlySpan<char> text) =>
        Rune.DecodeFromUtf16(text, out var rune, out _) != OperationStatus.Done
        || (!Rune.IsLetterOrDigit(rune) && (Rune.IsPunctuation(rune) || Rune.IsSymbol(rune) || Rune.IsControl(rune)));

    private static bool IsWordExtender(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;

    private readonly int RuneLength(int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
}
