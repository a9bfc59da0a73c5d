using Workbench.Core.Terminology;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Tests.Terminology;

public sealed class GlossaryMatcherTests
{
    private static readonly GlossaryMatcher Matcher = new(
    [
        new GlossaryEntry("extended deterrence", ["拡大抑止"], null, ["拡張抑止"]),
        new GlossaryEntry("deterrent", ["抑止力"], null, []),
        new GlossaryEntry("Kyiv", ["キーウ"], null, ["キエフ"]),
        new GlossaryEntry("NATO", ["NATO"], null, []),
        new GlossaryEntry("ally", ["同盟国"], null, []),
    ]);

    [Theory]
    [InlineData("Extended-Deterrence is back.", 0)]
    [InlineData("the alliance's extended deterrence's limits", 0)]
    [InlineData("Nuclear deterrents matter.", 1)]
    [InlineData("NATO's allies", 3)]
    [InlineData("Kyiv’s defenders", 2)]
    public void English_terms_match_across_case_plural_possessive_and_hyphen(string english, int entry) =>
        Assert.Contains(entry, Matcher.FindEnglish(english));

    [Theory]
    [InlineData("The extendedness of deterrence")]
    [InlineData("rallying cries")]
    [InlineData("NATOish talk and Kyivan art")]
    public void English_terms_need_word_boundaries(string english) =>
        Assert.Empty(Matcher.FindEnglish(english));

    [Theory]
    [InlineData("キ－ウへの攻撃")]
    [InlineData("ｷｰｳへの攻撃")]
    [InlineData("キ‐ウへの攻撃")]
    [InlineData("首都キーウ。")]
    public void Japanese_matches_after_width_and_long_vowel_normalisation(string japanese)
    {
        var match = Assert.Single(Matcher.FindJapanese(JapaneseNormalizer.Normalize(japanese)));
        Assert.Equal(2, match.Entry);
        Assert.Equal(GlossaryMatchKind.Approved, match.Kind);
        Assert.Equal(3, match.Found.Length);
    }

    [Fact]
    public void A_forbidden_variant_with_an_invisible_character_inside_is_still_reported()
    {
        // A zero-width space pasted into キエフ must not let it through the CI gate.
        var match = Assert.Single(Matcher.FindJapanese(JapaneseNormalizer.Normalize("首都キ\u200Bエ\u00ADフへ")));
        Assert.Equal(2, match.Entry);
        Assert.Equal(GlossaryMatchKind.Forbidden, match.Kind);
        Assert.Equal("キ\u200Bエ\u00ADフ", match.Found);
    }

    [Fact]
    public void Katakana_term_does_not_match_inside_a_longer_katakana_word() =>
        Assert.Empty(Matcher.FindJapanese(JapaneseNormalizer.Normalize("キーウェストの海岸とキエフスキー通り")));

    [Fact]
    public void Kanji_term_matches_inside_a_compound_and_forbidden_variants_are_reported_as_written()
    {
        var matches = Matcher.FindJapanese(JapaneseNormalizer.Normalize("拡大抑止力と拡張抑止、ＮＡＴＯ"));
        Assert.Contains(matches, m => m.Entry == 0 && m.Kind == GlossaryMatchKind.Approved);
        Assert.Contains(matches, m => m.Entry == 0 && m.Kind == GlossaryMatchKind.Forbidden && m.Found == "拡張抑止");
        Assert.Contains(matches, m => m.Entry == 3 && m.Found == "ＮＡＴＯ");
    }

    [Theory]
    [InlineData("The Policies' aims", " the policy aim ")]
    [InlineData("NATO’s ICBMs, classes and boxes", " nato icbm class and box ")]
    [InlineData("extended-deterrence", " extended deterrence ")]
    public void English_normalisation_stems_plurals_and_possessives(string english, string expected) =>
        Assert.Equal(expected, EnglishTermNormalizer.Normalize(english));
}
