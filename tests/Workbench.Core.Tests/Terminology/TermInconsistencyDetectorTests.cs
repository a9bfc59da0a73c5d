using Workbench.Core.Terminology;

namespace Workbench.Core.Tests.Terminology;

public sealed class TermInconsistencyDetectorTests
{
    private static IReadOnlyList<TermCluster> Detect(string japanese) =>
        new TermInconsistencyDetector(TermDetectionOptions.Default).Detect([.. CorpusFiles.JapaneseOnly("doc", japanese)]);

    private static ISet<string> Texts(TermCluster cluster) => cluster.Variants.Select(v => v.Text).ToHashSet();

    [Fact]
    public void Katakana_spellings_differing_in_long_vowels_or_small_kana_cluster()
    {
        var clusters = Detect("ブリューワーは言う。\nブリュワーによれば。\nヴィクターとビクターが会った。\n");
        Assert.Contains(clusters, c => c.Kind == TermClusterKind.KatakanaSpelling && Texts(c).SetEquals(["ブリューワー", "ブリュワー"]));
        Assert.Contains(clusters, c => Texts(c).SetEquals(["ヴィクター", "ビクター"]));
    }

    [Fact]
    public void Different_words_do_not_cluster()
    {
        Assert.Empty(Detect("イランとイラクとアメリカとアフリカ。\nオーストラリアとオーストリア、パートナーとパートナーズ。\n抑止と抑止力。\n"));
    }

    [Fact]
    public void Old_place_spelling_is_found_even_when_glued_to_the_next_word()
    {
        var cluster = Assert.Single(Detect("キーウが攻撃された。\nキエフベラルーシ国境。\nベラルーシは同盟国だ。\n"));
        Assert.Equal(TermClusterKind.KnownSpelling, cluster.Kind);
        Assert.True(Texts(cluster).SetEquals(["キエフ", "キーウ"]));
    }

    [Fact]
    public void Compounds_with_different_connectors_and_suffixes_cluster_with_locations()
    {
        var clusters = Detect("取引的抑止が重要だ。\nNATOは取引型抑止を選んだ。\n取引ベースの抑止から離れる。\n拡大抑止を協議した。\n拡大抑止力を高める。\n");
        var connector = Assert.Single(clusters, c => c.Kind == TermClusterKind.CompoundConnector);
        Assert.True(Texts(connector).SetEquals(["取引的抑止", "取引型抑止", "取引ベースの抑止"]));
        Assert.Equal([new TermLocation("doc", 1)], connector.Variants.Single(v => v.Text == "取引型抑止").Locations);
        Assert.Contains(clusters, c => c.Kind == TermClusterKind.CompoundSuffix && Texts(c).SetEquals(["拡大抑止", "拡大抑止力"]));
    }

    [Fact]
    public void English_term_rendered_two_ways_across_pairs_is_a_sourced_cluster()
    {
        var pairs = CorpusFiles.LinePairs(
            "doc",
            "Existential deterrence differs.\nExistential deterrence is costly.\nThey debated existential deterrence.\nExistential deterrence returned.\n",
            "存在論的抑止は異なる。\n存在論的抑止は高くつく。\n彼らは実存的抑止を議論した。\n実存的抑止が戻った。\n");
        var clusters = new TermInconsistencyDetector(TermDetectionOptions.Default).Detect(pairs);
        var sourced = Assert.Single(clusters, c => c.Source is not null);
        Assert.Equal("Existential deterrence", sourced.Source);
        Assert.True(Texts(sourced).SetEquals(["存在論的抑止", "実存的抑止"]));
    }

    [Fact]
    public void A_term_kept_in_latin_script_is_not_reported_as_rendered_by_its_neighbours()
    {
        var pairs = CorpusFiles.LinePairs(
            "doc",
            "NATO leaders met in Europe.\nNATO must restore its credibility in Europe.\nNATO faces a capability gap.\nNATO lacks the capability.\n",
            "ＮＡＴＯ首脳が欧州で会合した。\nNATOは欧州で信頼性を回復せねばならない。\nNATOは能力の不足に直面している。\nNATOには能力が欠けている。\n");

        var clusters = new TermInconsistencyDetector(TermDetectionOptions.Default).Detect(pairs);

        Assert.DoesNotContain(clusters, c => c.Source is not null);
    }

    [Fact]
    public void Character_diff_marks_the_changed_kana()
    {
        Assert.Equal("キ[-ーウ][+エフ]", CharacterDiff.ToInlineText(CharacterDiff.Compute("キーウ", "キエフ")));
        Assert.Equal("ブリュ[-ー]ワー", CharacterDiff.ToInlineText(CharacterDiff.Compute("ブリューワー", "ブリュワー")));
    }
}
