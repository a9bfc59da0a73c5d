namespace Workbench.Core.Text.Japanese;

/// <summary>
/// Character classes of Japanese script: the one definition the aligner, the terminology checker and the UI share.
/// An iteration mark belongs to the script whose character it repeats: 々 and 〆 (shime, written inside words such
/// as 〆切) are kanji, ゝ ゞ hiragana, ヽ ヾ katakana. The long vowel mark ー is katakana; the middle dot ・ and the
/// ideographic zero 〇 are not letters of any script (〇 is a numeral, see <see cref="JapaneseNumerals"/>).
/// </summary>
public static class JapaneseChars
{
    /// <summary>The katakana long vowel mark ー (U+30FC).</summary>
    public const char LongVowelMark = 'ー';

    /// <summary>Katakana letters ァ–ヺ, the long vowel mark ー and the iteration marks ヽ ヾ (not the middle dot ・).</summary>
    public static bool IsKatakana(char c) => c is (>= '\u30A1' and <= '\u30FA') or LongVowelMark or '\u30FD' or '\u30FE';

    /// <summary>Hiragana letters ぁ–ゖ and the iteration marks ゝ ゞ.</summary>
    public static bool IsHiragana(char c) => c is (>= '\u3041' and <= '\u3096') or '\u309D' or '\u309E';

    /// <summary>CJK unified ideographs (BMP and extension A) and the kanji iteration and closing marks 々 〆.</summary>
    public static bool IsKanji(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or '々' or '〆';

    /// <summary>Kanji, katakana or hiragana.</summary>
    public static bool IsCjk(char c) => IsKanji(c) || IsKatakana(c) || IsHiragana(c);

    /// <summary>Hiragana shifted to the katakana block (ゝ to ヽ too), so readings in hiragana romanise like katakana.</summary>
    public static char ToKatakana(char c) => IsHiragana(c) ? (char)(c + 0x60) : c;
}
