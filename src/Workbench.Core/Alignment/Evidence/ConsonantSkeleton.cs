using System.Text;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// Reduces katakana words and English words to the same coarse consonant skeleton, so a transliteration and its
/// source meet: プーチン and Putin both give PTN, ラトビア and Latvia RTB, ブリューワー and Brewer BR. Classes merge
/// the sounds Japanese does not tell apart (l/r, b/v, s/z/th, t/ch), vowels and glides vanish, and an English r
/// after a vowel is silent unless a vowel follows, as in Japanese loanwords.
/// </summary>
internal static class ConsonantSkeleton
{
    // Consonant class of each katakana from ァ (U+30A1) to ヺ (U+30FA); '\0' for vowels, glides and small kana.
    private const string KatakanaClasses =
        "\0\0\0\0\0\0\0\0\0\0KGKGKGKGKGSSSJSSSSSSTDT\0\0TSTDTDNNNNNHBPHBPFBPHBPHBPMMMMM\0\0\0\0\0\0RRRRR\0\0\0\0\0NBKK\0\0\0\0";

    public static string FromKatakana(ReadOnlySpan<char> word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var raw in word)
        {
            var c = JapaneseChars.ToKatakana(raw);
            if (c is < '\u30A1' or > '\u30FA')
            {
                continue;
            }

            if (c == 'ツ')
            {
                Append(builder, 'T');
                Append(builder, 'S');
                continue;
            }

            var cls = KatakanaClasses[c - '\u30A1'];
            if (cls != '\0')
            {
                Append(builder, cls);
            }
        }

        return builder.ToString();
    }

    public static string FromEnglish(ReadOnlySpan<char> word)
    {
        var builder = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = char.ToLowerInvariant(word[i]);
            var next = i + 1 < word.Length ? char.ToLowerInvariant(word[i + 1]) : '\0';
            var previous = i > 0 ? char.ToLowerInvariant(word[i - 1]) : '\0';
            switch (c)
            {
                case 'p' when next == 'h':
                    Append(builder, 'F');
                    i++;
                    break;
                case 't' when next == 'h':
                case 's' when next == 'h':
                    Append(builder, 'S');
                    i++;
                    break;
                case 'c' when next == 'h':
                    Append(builder, 'T');
                    i++;
                    break;
                case 'c' when next is 'e' or 'i' or 'y':
                    Append(builder, 'S');
                    break;
                case 'c' or 'k' or 'q':
                    Append(builder, 'K');
                    break;
                case 'g' when next == 'h':
                    i++;
                    break;
                case 'g' when next is 'e' or 'i' or 'y':
                    Append(builder, 'J');
                    break;
                case 'x':
                    Append(builder, 'K');
                    Append(builder, 'S');
                    break;
                case 'r' when IsVowel(previous) && !IsVowel(next):
                    break;
                case 'h' when previous != '\0' && !IsVowel(previous):
                    break;
                case 'l' or 'r':
                    Append(builder, 'R');
                    break;
                case 'v' or 'b':
                    Append(builder, 'B');
                    break;
                case 'z' or 's':
                    Append(builder, 'S');
                    break;
                case 'p' or 't' or 'd' or 'f' or 'g' or 'j' or 'm' or 'n' or 'h':
                    Append(builder, char.ToUpperInvariant(c));
                    break;
                default:
                    break;
            }
        }

        return builder.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static void Append(StringBuilder builder, char cls)
    {
        if (builder.Length == 0 || builder[^1] != cls)
        {
            builder.Append(cls);
        }
    }
}
