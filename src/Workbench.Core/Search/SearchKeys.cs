using System.Text;
using Workbench.Core.Terminology;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Search;

/// <summary>
/// The keys concordance search compares, built with the project's own normalisers so that search agrees with
/// <c>check</c>. English: NFKC, then <see cref="EnglishTermNormalizer"/> (lower case, plural and possessive endings
/// removed, one space between words and at both ends, so a key match is a whole-word match). Japanese:
/// <see cref="JapaneseNormalizer"/> (NFKC, ASCII lower case, dash-like marks after katakana as ー), whitespace
/// dropped, and katakana spelling folded by <see cref="KatakanaKey"/> rules (long vowel marks dropped, small kana
/// made large), so ブリュワー finds ブリューワー.
/// </summary>
public static class SearchKeys
{
    private const char FirstKatakana = '\u30A0';
    private const char LastKatakana = '\u30FF';

    // KatakanaKey's folds, one character at a time; '\0' means the character is dropped.
    private static readonly char[] KatakanaFolds = BuildKatakanaFolds();

    public static string English(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return EnglishTermNormalizer.Normalize(JapaneseNormalizer.FoldCompatibility(text));
    }

    [ThreadStatic]
    private static char[]? keyBuffer;

    /// <summary>The Japanese key alone: <see cref="JapaneseMapped"/>'s key, without the map or the normalised text.</summary>
    public static string Japanese(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sink = new KeySink(keyBuffer ??= new char[256]);
        JapaneseNormalizer.Normalize(text, ref sink);
        keyBuffer = sink.Chars;
        return new string(sink.Chars, 0, sink.Length);
    }

    /// <summary>The key of one side, English or Japanese.</summary>
    public static string Of(string text, Documents.Language language) =>
        language == Documents.Language.English ? English(text) : Japanese(text);

    /// <summary>The Japanese key with, for every key character, where it came from in <paramref name="text"/>.</summary>
    public static MappedKey JapaneseMapped(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = JapaneseNormalizer.Normalize(text);
        var key = new StringBuilder(normalized.Text.Length);
        var starts = new List<int>(normalized.Text.Length);
        var ends = new List<int>(normalized.Text.Length);
        for (var i = 0; i < normalized.Text.Length; i++)
        {
            var c = normalized.Text[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (!TryFold(ref c))
            {
                // A dropped mark (ー) belongs to the character before it: a hit on ブリュワ covers ブリューワー.
                if (ends.Count > 0)
                {
                    ends[^1] = Math.Max(ends[^1], normalized.SourceIndexOf(i + 1));
                }

                continue;
            }

            key.Append(c);
            starts.Add(normalized.SourceIndexOf(i));
            ends.Add(Math.Max(normalized.SourceIndexOf(i + 1), normalized.SourceIndexOf(i) + 1));
        }

        return new MappedKey(key.ToString(), [.. starts], [.. ends]);
    }

    // A normalised character as the key has it (katakana folded), or false when the key drops it (ー ヽ ヾ; whitespace is
    // dropped before).
    private static bool TryFold(ref char c)
    {
        if (c is >= FirstKatakana and <= LastKatakana)
        {
            c = KatakanaFolds[c - FirstKatakana];
            return c != '\0';
        }

        return true;
    }

    private static char[] BuildKatakanaFolds()
    {
        var folds = new char[LastKatakana - FirstKatakana + 1];
        for (var c = FirstKatakana; c <= LastKatakana; c++)
        {
            var folded = KatakanaKey.Of(c.ToString());
            folds[c - FirstKatakana] = folded.Length == 0 ? '\0' : folded[0];
        }

        return folds;
    }

    // The key's characters in a growing buffer: JapaneseMapped's rules without the map.
    private struct KeySink(char[] chars) : INormalizedSink
    {
        public char[] Chars { get; private set; } = chars;

        public int Length { get; private set; }

        public void Add(char c, int source)
        {
            if (char.IsWhiteSpace(c) || !TryFold(ref c))
            {
                return;
            }

            if (Length == Chars.Length)
            {
                var grown = Chars;
                Array.Resize(ref grown, Chars.Length * 2);
                Chars = grown;
            }

            Chars[Length++] = c;
        }
    }
}
