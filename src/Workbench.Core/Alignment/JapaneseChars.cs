namespace Workbench.Core.Alignment;

/// <summary>Character classes of Japanese script.</summary>
internal static class JapaneseChars
{
    public static bool IsKatakana(char c) => c is (>= '\u30A1' and <= '\u30FA') or '\u30FC';

    public static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u3096';

    public static bool IsKanji(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or '\u3005';

    public static bool IsCjk(char c) => IsKanji(c) || IsKatakana(c) || IsHiragana(c);

    /// <summary>Hiragana shifted to the katakana block, so readings in hiragana romanise like katakana.</summary>
    public static char ToKatakana(char c) => IsHiragana(c) ? (char)(c + 0x60) : c;
}
