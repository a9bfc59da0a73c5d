using CsCheck;
using Workbench.Core.Documents;
using Workbench.Core.Search;
using Workbench.Core.Tests.Support;

namespace Workbench.Core.Tests.Search;

/// <summary>
/// The one-pass search keys (<see cref="SideSearchKeys.Of"/>) and the unit and gram lists lookups use are compared,
/// character for character, with the composition main had before session 8 (<see cref="SearchKeysOracle"/>): on random
/// text from an alphabet of the hard cases, and on every line of the shared corpus.
/// </summary>
public sealed class SideSearchKeysTests
{
    // Pieces random text is made of: surrogate pairs and lone surrogates, full-width and half-width forms, characters
    // NFKC changes or expands, apostrophes, digits with separators, combining and format characters, kinds of
    // whitespace, Japanese punctuation and kana, and Latin letters whose case mapping is special.
    private static readonly string[] Pieces =
    [
        "a", "b", "Z", "K", "İ", "ı", "ß", "Σ", "ς", "é", "e\u0301", "x\u0301", "\u0301", "\u3099", "\u309A", "\u00AD", "\u200B",
        "\u200D", "\uE000", "\uFEFF", " ", "  ", "\t", "\n", "\u00A0", "\u3000", "\u2028", "'", "’", "‘", "\"", ",", ".", "-", "—",
        "0", "1", "9", "１", "２", "Ａ", "ｂ", "ｶ", "ﾞ", "ﾟ", "㌔", "①", "²", "½", "Ⅻ", "ﬁ", "\uFDFA", "K", "ー", "－", "‐", "。",
        "、", "「", "」", "・", "（", "）", "漢", "字", "日", "本", "カ", "ァ", "ヴ", "ヽ", "ぁ", "か", "゛", "々", "〆", "😀", "𠀋", "𐐀",
        "\uD800", "\uDC00", "\u0000", "#", "$", "%", "(", "¥", "٣", "ǅ",
    ];

    private static readonly Gen<string> Texts = Gen.OneOf(Pieces).Array[0, 24].Select(string.Concat);

    [Fact]
    public void Random_text_gets_the_oracles_keys_units_and_grams()
    {
        Texts.Sample(
            text =>
            {
                foreach (var language in new[] { Language.English, Language.Japanese })
                {
                    AssertSameAsOracle(text, language);
                }
            },
            iter: 20_000,
            threads: 1,
            print: Escape);
    }

    [Fact]
    public void Every_line_of_the_shared_corpus_gets_the_oracles_keys_units_and_grams()
    {
        var files = Directory.GetFiles(RepositoryPaths.InShared("corpus", "articles"), "*.txt", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(RepositoryPaths.InShared("bench", "align", "nict-dev"), "*.sent", SearchOption.AllDirectories))
            .ToList();
        Assert.True(files.Count >= 45, $"only {files.Count} corpus files");
        var lines = 0;
        foreach (var file in files)
        {
            var language = Path.GetFileName(file).StartsWith("en", StringComparison.Ordinal) ? Language.English : Language.Japanese;
            foreach (var line in File.ReadLines(file))
            {
                AssertSameAsOracle(line, language);
                lines++;
            }
        }

        Assert.True(lines > 4_000, $"only {lines} lines");
    }

    [Theory]
    [InlineData("inter\u00ADnational co\u200Bop \u200B", new[] { "international", "coop" })]
    [InlineData("x\u0301y \u0301z \uE000ab", new[] { "x\u0301y", "\u0301z", "\uE000ab" })]
    public void English_words_hold_marks_and_lose_format_characters_instead_of_never_ending(string text, string[] words)
    {
        // Before session 8 MatchUnits.Of never returned on these: the word loop took no character and went round again.
        // Since session 9 format characters are not in the units at all (JapaneseNormalizer.FoldCompatibility).
        var units = MatchUnits.Of(text, Language.English);
        Assert.Equal(words, units.Select(u => u.Text));
        Assert.All(units, u => Assert.Equal(MatchUnitKind.Word, u.Kind));
        Assert.Equal(words.Length, SideSearchKeys.Of(text, Language.English).FuzzyLength);
    }

    [Fact]
    public void Keys_of_a_long_side_grow_the_buffers_and_the_sides_after_it_are_still_the_oracles()
    {
        var english = string.Join(' ', Enumerable.Range(0, 3_000).Select(i => $"Word{i} word{i % 700}’s ｶﾞｿﾘﾝ"));
        var japanese = string.Concat(Enumerable.Range(0, 3_000).Select(i => (char)('\u4E00' + (i % 1_500)) + "ｶﾞ、" + (char)('\u3041' + (i % 80))));
        // Compared as a whole, so that a failure does not print 60,000 characters.
        Assert.True(SearchKeysOracle.Keys(english, Language.English) == SideSearchKeys.Of(english, Language.English), "a long English side's keys differ");
        Assert.True(SearchKeysOracle.Keys(japanese, Language.Japanese) == SideSearchKeys.Of(japanese, Language.Japanese), "a long Japanese side's keys differ");
        // Short sides after the long ones, made of grams the long ones had: the reused set must have forgotten them.
        AssertSameAsOracle("Word5 word7’s ｶﾞｿﾘﾝ", Language.English);
        AssertSameAsOracle(japanese[..12], Language.Japanese);
    }

    [Theory]
    [InlineData("the nu\u00ADclear um\u00ADbrella", "the nuclear umbrella", Language.English)]
    [InlineData("\uFEFFNATO\u200B’s \u200Ddeterrence\u2060", "NATO’s deterrence", Language.English)]
    [InlineData("核\u200B抑止\u00ADの信頼性", "核抑止の信頼性", Language.Japanese)]
    [InlineData("ブリュ\u200Cーワー\u200E", "ブリューワー", Language.Japanese)]
    public void Invisible_format_characters_do_not_change_a_sides_keys(string pasted, string typed, Language language)
    {
        // Text pasted from a web page carries soft hyphens and zero-width characters a reader cannot see: the stored
        // side and the query must meet whichever of them has the invisible characters.
        Assert.Equal(SideSearchKeys.Of(typed, language) with { Text = pasted }, SideSearchKeys.Of(pasted, language));
        Assert.Equal(SearchKeys.Of(typed, language), SearchKeys.Of(pasted, language));
        Assert.Equal(MatchUnits.Of(typed, language), MatchUnits.Of(pasted, language));
    }

    private static void AssertSameAsOracle(string text, Language language)
    {
        var expected = SearchKeysOracle.Keys(text, language);
        var actual = SideSearchKeys.Of(text, language);
        Assert.Equal(expected, actual);

        var oracleUnits = SearchKeysOracle.Units(text, language);
        var units = MatchUnits.Of(text, language);
        Assert.Equal(oracleUnits, units.Select(u => (u.Text, u.Kind)));
        Assert.Equal(oracleUnits.Select(SearchKeysOracle.Loose), units.Select(u => u.Loose));
        Assert.Equal(SearchKeysOracle.Grams(oracleUnits, language), FuzzyKeys.Grams(units, language));
        Assert.Equal(expected.FuzzyGrams, FuzzyKeys.IndexText(text, language));
        Assert.Equal(expected.FuzzyLength, FuzzyKeys.Length(text, language));
        Assert.Equal(expected.Key, SearchKeys.Of(text, language));
        Assert.Equal(SearchKeysOracle.JapaneseKey(text), SearchKeys.JapaneseMapped(text).Key);
        Assert.Equal(SearchKeysOracle.JapaneseKey(text), SearchKeys.Japanese(text));
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
}
