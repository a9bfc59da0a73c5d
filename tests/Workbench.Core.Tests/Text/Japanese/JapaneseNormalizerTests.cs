using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Tests.Text.Japanese;

public sealed class JapaneseNormalizerTests
{
    [Theory]
    [InlineData("ＮＡＴＯ１５００", "NATO1500")]
    [InlineData("ｶﾞｽ", "ガス")]
    [InlineData("①", "1")]
    public void Compatibility_folding_is_NFKC(string text, string expected) =>
        Assert.Equal(expected, JapaneseNormalizer.FoldCompatibility(text));

    [Fact]
    public void Text_NFKC_leaves_alone_is_returned_as_is()
    {
        var text = "核抑止の「信頼性」をめぐる議論。NATO";

        Assert.Same(text, JapaneseNormalizer.FoldCompatibility(text));
    }

    [Fact]
    public void A_lone_surrogate_does_not_throw() =>
        Assert.Equal("Ａ\uD800", JapaneseNormalizer.FoldCompatibility("Ａ\uD800"));

    [Theory]
    [InlineData("ブリュ－ワ-", "ブリューワー")]
    [InlineData("ヽ-", "ヽー")]
    [InlineData("F-35", "f-35")]
    [InlineData("ＮＡＴＯ", "nato")]
    public void Term_form_lower_cases_and_unifies_long_vowel_dashes_after_katakana(string text, string expected) =>
        Assert.Equal(expected, JapaneseNormalizer.NormalizeTerm(text));

    [Fact]
    public void Term_form_maps_back_to_the_original_text()
    {
        var normalized = JapaneseNormalizer.Normalize("ＮＡＴＯの核");

        Assert.Equal("nato", normalized.Text[..4]);
        Assert.Equal("ＮＡＴＯ", normalized.OriginalSpan(0, 4));
    }

    [Theory]
    [InlineData("ブリューワー", "ブリュワー")]
    [InlineData("ヴィクター", "ビクター")]
    [InlineData("ウィッテ", "ウイツテ")]
    public void Katakana_key_ignores_small_kana_long_vowels_and_the_vu_row(string a, string b) =>
        Assert.Equal(KatakanaKey.Of(a), KatakanaKey.Of(b));
}
