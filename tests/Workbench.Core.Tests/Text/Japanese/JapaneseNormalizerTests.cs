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

    [Theory]
    [InlineData("nu\u00ADclear", "nuclear")]
    [InlineData("\uFEFFＮＡＴＯ\u200B", "NATO")]
    [InlineData("キ\u200Bエ\u2060フ\u200E", "キエフ")]
    public void Compatibility_folding_leaves_out_invisible_format_characters(string text, string expected)
    {
        char[]? buffer = null;
        Assert.Equal(expected, JapaneseNormalizer.FoldCompatibility(text));
        Assert.Equal(expected, JapaneseNormalizer.FoldCompatibility(text, ref buffer).ToString());
    }

    [Fact]
    public void The_term_form_leaves_out_format_characters_and_maps_the_rest_to_where_they_were()
    {
        var normalized = JapaneseNormalizer.Normalize("キ\u200Bエフ\u00AD");

        Assert.Equal("キエフ", normalized.Text);
        Assert.Equal(2, normalized.SourceIndexOf(1));
        Assert.Equal("キーウ", JapaneseNormalizer.NormalizeTerm("キ\u200D－ウ"));
    }

    [Fact]
    public void A_lone_surrogate_does_not_throw() =>
        Assert.Equal("Ａ\uD800", JapaneseNormalizer.FoldCompatibility("Ａ\uD800"));

    [Theory]
    [InlineData("ＮＡＴＯ１５００", "NATO1500")]
    [InlineData("ｶﾞｽ", "ガス")]
    [InlineData("①", "1")]
    public void Folding_into_a_buffer_is_NFKC(string text, string expected)
    {
        char[]? buffer = [];
        Assert.Equal(expected, JapaneseNormalizer.FoldCompatibility(text, ref buffer).ToString());
    }

    [Fact]
    public void A_lone_surrogate_is_left_as_it_is_when_folding_into_a_buffer()
    {
        char[]? buffer = null;
        Assert.Equal("Ａ\uD800", JapaneseNormalizer.FoldCompatibility("Ａ\uD800", ref buffer).ToString());
    }

    [Fact]
    public void A_buffer_too_small_for_an_eighteen_fold_expansion_grows()
    {
        var text = new string('\uFDFA', 300);
        char[]? buffer = new char[4];

        var folded = JapaneseNormalizer.FoldCompatibility(text, ref buffer).ToString();

        Assert.Equal(text.Normalize(System.Text.NormalizationForm.FormKC), folded);
        Assert.Equal(18 * 300, folded.Length);
    }

    [Fact]
    public void Text_NFKC_leaves_alone_is_not_copied_into_the_buffer()
    {
        var text = "核抑止の「信頼性」をめぐる議論。NATO";
        char[]? buffer = null;

        var folded = JapaneseNormalizer.FoldCompatibility(text, ref buffer);

        Assert.True(folded.Overlaps(text));
        Assert.Null(buffer);
    }

    [Fact]
    public void Folding_text_after_text_into_one_buffer_equals_folding_each_into_a_string()
    {
        // Characters NFKC changes alone or with their neighbours (full-width and half-width forms, voiced marks that
        // compose, circled numbers, ligatures, an 18-fold expansion) among stable ones and surrogate pairs; one text in
        // fifty has a lone surrogate, which leaves it unfolded.
        string[] pieces =
        [
            "Ａ", "Ｚ", "ａ", "０", "９", "（", "）", "：", "，", "\u3000", "ｶ", "ｷ", "ﾞ", "ﾟ", "゛", "゜", "\u3099", "\u309A", "か",
            "\u0301", "e", "①", "㈱", "ﬁ", "\uFDFA", "漢", "字", "。", "、", "カ", "ナ", "a", "b", " ", "1", "2", "\uD840\uDC0B", "\uD83D\uDE00",
        ];
        var random = new Random(12);
        char[]? buffer = null;
        var folded = 0;
        for (var n = 0; n < 3_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, n % 100 == 0 ? 400 : 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            if (n % 50 == 7)
            {
                text = text.Insert(random.Next(text.Length + 1), "\uDC00");
            }

            var expected = JapaneseNormalizer.FoldCompatibility(text);
            folded += ReferenceEquals(expected, text) ? 0 : 1;

            Assert.Equal(expected, JapaneseNormalizer.FoldCompatibility(text, ref buffer).ToString());
        }

        Assert.True(folded > 2_000, $"{folded} texts folded");
    }

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
