using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Tests.Text.Japanese;

public sealed class HepburnRomaniserTests
{
    [Theory]
    [InlineData("キシダ", "kishida")]
    [InlineData("イセ", "ise")]
    [InlineData("トウキョウ", "toukyou")]
    [InlineData("キンカクジ", "kinkakuji")]
    [InlineData("ジングウ", "jinguu")]
    [InlineData("チャ", "cha")]
    [InlineData("キョウト", "kyouto")]
    [InlineData("シンジュク", "shinjuku")]
    [InlineData("ツチヤ", "tsuchiya")]
    [InlineData("フジ", "fuji")]
    [InlineData("ホッカイドウ", "hokkaidou")]
    [InlineData("マッチャ", "matcha")]
    [InlineData("シンイチ", "shin'ichi")]
    [InlineData("ゲンイチロウ", "gen'ichirou")]
    [InlineData("コンヨウ", "kon'you")]
    [InlineData("シンブン", "shinbun")]
    [InlineData("ラーメン", "raamen")]
    [InlineData("ティー", "tii")]
    [InlineData("ファン", "fan")]
    [InlineData("ヴァイオリン", "vaiorin")]
    [InlineData("ヂ", "ji")]
    [InlineData("ヲ", "o")]
    [InlineData("きしだ", "kishida")]
    [InlineData("いけだや", "ikedaya")]
    public void Kana_becomes_modified_hepburn(string kana, string expected) =>
        Assert.Equal(expected, HepburnRomaniser.Romanise(kana));

    [Theory]
    [InlineData("Tōkyō", "トウキョウ")]
    [InlineData("Tokyo", "トウキョウ")]
    [InlineData("Toukyou", "トウキョウ")]
    [InlineData("Tohkyoh", "トウキョウ")]
    [InlineData("Kishida", "キシダ")]
    [InlineData("KISHIDA", "キシダ")]
    [InlineData("Kinkaku-ji", "キンカクジ")]
    [InlineData("Kinkakuji", "キンカクジ")]
    [InlineData("jingu", "ジングウ")]
    [InlineData("Jingū", "ジングウ")]
    [InlineData("Soji", "ソウシ")]
    [InlineData("Sanjou", "サンジョウ")]
    [InlineData("Sanjo", "サンジョウ")]
    [InlineData("Shimbun", "シンブン")]
    [InlineData("Sigesuke", "シゲスケ")]
    [InlineData("Ohno", "オオノ")]
    [InlineData("Inoue", "イノウエ")]
    [InlineData("Shin-ichi", "シンイチ")]
    [InlineData("Matcha", "マッチャ")]
    [InlineData("Hokkaido", "ホッカイドウ")]
    [InlineData("Kannon", "カンノン")]
    public void English_spellings_meet_the_reading(string english, string reading) =>
        Assert.Equal(HepburnRomaniser.MatchKey(HepburnRomaniser.Romanise(reading)), HepburnRomaniser.MatchKey(english));

    [Theory]
    [InlineData("Kishida", "キシモト")]
    [InlineData("Kyoto", "トウキョウ")]
    [InlineData("Kanon", "カンノン")]
    [InlineData("Ise", "イシ")]
    public void Different_names_keep_different_keys(string english, string reading) =>
        Assert.NotEqual(HepburnRomaniser.MatchKey(HepburnRomaniser.Romanise(reading)), HepburnRomaniser.MatchKey(english));

    [Theory]
    [InlineData("Kishida", true)]
    [InlineData("OKITA", true)]
    [InlineData("Ise", true)]
    [InlineData("Tōkyō", true)]
    [InlineData("Shinsengumi", true)]
    [InlineData("Shimbun", true)]
    [InlineData("Ohno", true)]
    [InlineData("San'yo", true)]
    [InlineData("Hokkaido", true)]
    [InlineData("Matcha", true)]
    [InlineData("Station", false)]
    [InlineData("Temple", false)]
    [InlineData("Shrine", false)]
    [InlineData("Emperor", false)]
    [InlineData("nuclear", false)]
    [InlineData("Trump", false)]
    [InlineData("1864", false)]
    public void Romaji_shaped_words_are_told_from_english_ones(string word, bool expected) =>
        Assert.Equal(expected, HepburnRomaniser.LooksLikeRomaji(word));
}
