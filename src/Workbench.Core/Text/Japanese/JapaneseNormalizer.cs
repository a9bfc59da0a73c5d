using System.Text;

namespace Workbench.Core.Text.Japanese;

/// <summary>
/// The normal forms Japanese text is compared in. <see cref="FoldCompatibility"/> is NFKC (full-width and half-width
/// forms fold together: ＮＡＴＯ = NATO, １５００ = 1500, ｶﾞ = ガ) without invisible format characters
/// (<see cref="VisibleText.IsFormatCharacter"/>: a soft hyphen or zero-width space inside a word, as NFKC_Casefold
/// drops them), what the aligner reads numbers and words from and the search keys are made of.
/// <see cref="Normalize"/> is the term form on top of it: ASCII letters lower-cased and the dash-like characters
/// translators type for the long vowel mark (ー － ‐ -) unified to ー after katakana, with a map back to the original.
/// <see cref="KatakanaKey"/> goes further for spelling-insensitive name comparison (small kana, ヴ, ー).
/// </summary>
public static class JapaneseNormalizer
{
    private const char LongVowelMark = JapaneseChars.LongVowelMark;

    /// <summary>
    /// NFKC of <paramref name="text"/> without format characters; the same instance when nothing in it changes (the
    /// common case). A lone surrogate, which NFKC rejects, leaves the text as it is but for its format characters.
    /// </summary>
    public static string FoldCompatibility(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsNfkcStable(text))
        {
            return text;
        }

        string normalized;
        try
        {
            normalized = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            normalized = text;
        }

        return WithoutFormatCharacters(normalized);
    }

    /// <summary>
    /// <see cref="FoldCompatibility(string)"/> without a new string, for a caller that folds text after text: the text
    /// itself when nothing in it changes under NFKC, else its NFKC in <paramref name="buffer"/> (made or grown here, kept
    /// by the caller for the next text), valid until the next call with the same buffer.
    /// </summary>
    public static ReadOnlySpan<char> FoldCompatibility(string text, ref char[]? buffer)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsNfkcStable(text))
        {
            return text;
        }

        try
        {
            for (var size = Math.Max(256, text.Length * 2); ; size *= 2)
            {
                if (buffer is null || buffer.Length < size)
                {
                    buffer = new char[size];
                }

                if (text.AsSpan().TryNormalize(buffer, out var written, NormalizationForm.FormKC))
                {
                    return buffer.AsSpan(0, VisibleText.RemoveFormatCharacters(buffer.AsSpan(0, written)));
                }

                // NFKC makes at most 18 characters of one (U+FDFA): a buffer that size was not too small.
                if (size > text.Length * 18)
                {
                    return WithoutFormatCharacters(text.Normalize(NormalizationForm.FormKC));
                }
            }
        }
        catch (ArgumentException)
        {
            return WithoutFormatCharacters(text);
        }
    }

    private static string WithoutFormatCharacters(string text)
    {
        if (!VisibleText.HasFormatCharacter(text))
        {
            return text;
        }

        var chars = text.ToCharArray();
        return new string(chars, 0, VisibleText.RemoveFormatCharacters(chars));
    }

    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sink = new MappedSink(new StringBuilder(text.Length), new List<int>(text.Length + 1));
        Normalize(text, ref sink);
        sink.Map.Add(text.Length);
        return new NormalizedText(text, sink.Builder.ToString(), [.. sink.Map]);
    }

    /// <summary>Normalises a glossary term or any text where positions are not needed.</summary>
    public static string NormalizeTerm(string text) => Normalize(text).Text;

    /// <summary>
    /// <see cref="Normalize(string)"/> character by character into <paramref name="sink"/>, each character with the index
    /// of the original character it comes from: for a caller that needs less than the text and its whole map (a search
    /// key), without making them.
    /// </summary>
    internal static void Normalize<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, INormalizedSink
    {
        Span<char> chunkBuffer = stackalloc char[64];
        var previous = '\0';
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsNfkcStable(c))
            {
                Emit(ref sink, ref previous, FoldAsciiCase(c), i);
                i++;
                continue;
            }

            var chunkLength = ChunkLength(text, i);
            var chunk = text.Slice(i, chunkLength);
            scoped ReadOnlySpan<char> normalized;
            try
            {
                // NFKC makes at most 18 characters of one (U+FDFA).
                normalized = chunkLength * 18 <= chunkBuffer.Length && chunk.TryNormalize(chunkBuffer, out var written, NormalizationForm.FormKC)
                    ? chunkBuffer[..written]
                    : chunk.ToString().Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                // A lone surrogate cannot be normalised; keep it so positions stay meaningful.
                normalized = chunk;
            }

            foreach (var n in normalized)
            {
                // Format characters are never NFKC-stable, so only this path has to leave them out.
                if (!VisibleText.IsFormatCharacter(n))
                {
                    Emit(ref sink, ref previous, FoldAsciiCase(n), i);
                }
            }

            i += chunkLength;
        }

        static void Emit(ref TSink sink, ref char previous, char c, int source)
        {
            if (IsDashLike(c))
            {
                c = JapaneseChars.IsKatakana(previous) || c == LongVowelMark ? LongVowelMark : '-';
            }

            sink.Add(c, source);
            previous = c;
        }
    }

    // Em dash and horizontal bar are punctuation in Japanese prose, not long vowels, so they are left alone.
    private static bool IsDashLike(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212' or LongVowelMark;

    private static char FoldAsciiCase(char c) => char.IsAsciiLetterUpper(c) ? (char)(c + ('a' - 'A')) : c;

    private static bool IsNfkcStable(string text)
    {
        foreach (var c in text)
        {
            if (!IsNfkcStable(c))
            {
                return false;
            }
        }

        return true;
    }

    // Characters NFKC leaves unchanged and that make up nearly all of our text: ASCII, hiragana, katakana,
    // CJK ideographs and Japanese punctuation. Everything else goes through string.Normalize.
    private static bool IsNfkcStable(char c) =>
        c < 0x80
        || c is >= '\u3001' and <= '\u3002'
        || c is >= '\u3005' and <= '\u3007'
        || c is >= '\u300C' and <= '\u300F'
        || c is >= '\u3041' and <= '\u3096'
        || c is >= '\u30A1' and <= '\u30FE'
        || c is >= '\u4E00' and <= '\u9FFF';

    private static int ChunkLength(ReadOnlySpan<char> text, int start)
    {
        var length = char.IsHighSurrogate(text[start]) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]) ? 2 : 1;

        // Half-width and combining (semi-)voiced sound marks compose with the preceding kana.
        while (start + length < text.Length && text[start + length] is '\uFF9E' or '\uFF9F' or '\u3099' or '\u309A')
        {
            length++;
        }

        return length;
    }

    private readonly record struct MappedSink(StringBuilder Builder, List<int> Map) : INormalizedSink
    {
        public void Add(char c, int source)
        {
            Builder.Append(c);
            Map.Add(source);
        }
    }
}
