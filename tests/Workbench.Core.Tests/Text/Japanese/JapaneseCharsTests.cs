using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Tests.Text.Japanese;

public sealed class JapaneseCharsTests
{
    [Theory]
    [InlineData('々')]
    [InlineData('〆')]
    [InlineData('漢')]
    [InlineData('\u3400')]
    public void Kanji_include_the_iteration_and_closing_marks(char c)
    {
        Assert.True(JapaneseChars.IsKanji(c));
        Assert.False(JapaneseChars.IsKatakana(c));
    }

    [Theory]
    [InlineData('ヽ')]
    [InlineData('ヾ')]
    [InlineData('ー')]
    [InlineData('ァ')]
    [InlineData('ヺ')]
    public void Katakana_include_the_long_vowel_and_katakana_iteration_marks(char c)
    {
        Assert.True(JapaneseChars.IsKatakana(c));
        Assert.False(JapaneseChars.IsKanji(c));
    }

    [Theory]
    [InlineData('・')]
    [InlineData('〇')]
    [InlineData('。')]
    [InlineData('A')]
    [InlineData('ｱ')]
    public void Middle_dot_ideographic_zero_punctuation_and_half_width_kana_belong_to_no_script(char c) =>
        Assert.False(JapaneseChars.IsCjk(c));

    [Theory]
    [InlineData('ゝ', 'ヽ')]
    [InlineData('ゞ', 'ヾ')]
    [InlineData('ぷ', 'プ')]
    [InlineData('ー', 'ー')]
    [InlineData('漢', '漢')]
    public void Hiragana_shift_to_katakana_iteration_marks_included(char hiragana, char katakana)
    {
        Assert.Equal(katakana, JapaneseChars.ToKatakana(hiragana));
        Assert.Equal(hiragana != katakana, JapaneseChars.IsHiragana(hiragana));
    }
}
