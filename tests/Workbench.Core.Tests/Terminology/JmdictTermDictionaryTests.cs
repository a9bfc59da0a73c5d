using Workbench.Core.Terminology;

namespace Workbench.Core.Tests.Terminology;

/// <summary>The full JMdict as term detection reads it: katakana loanwords and their kanji synonyms share a gloss.</summary>
public sealed class JmdictTermDictionaryTests
{
    [Theory]
    [InlineData("ヨーロッパ", "欧州", "Europe")]
    [InlineData("イギリス", "英国", "United Kingdom")]
    public void A_katakana_word_and_its_kanji_synonym_share_their_first_gloss(string katakana, string kanji, string gloss)
    {
        var dictionary = JmdictTermDictionary.Full;

        Assert.Equal(gloss, dictionary.GlossesOf(katakana)[0]);
        Assert.Equal(gloss, dictionary.GlossesOf(kanji)[0]);
        Assert.Contains(kanji, dictionary.FormsWithGloss(gloss));
    }

    [Fact]
    public void Policy_vocabulary_missing_from_the_common_entries_is_known_and_unknown_words_are_empty()
    {
        var dictionary = JmdictTermDictionary.Full;

        Assert.NotEmpty(dictionary.GlossesOf("軍事作戦"));
        Assert.Empty(dictionary.GlossesOf("取引型抑止"));
        Assert.Empty(dictionary.FormsWithGloss("no such gloss at all"));
    }
}
