using Workbench.Core.Documents;
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

    [Fact]
    public void Katakana_transliterating_one_english_name_differently_across_documents_is_one_family()
    {
        var pairs = CorpusFiles.LinePairs("a", "Mattis resigned.\n", "マティスは辞任した。\n")
            .Concat(CorpusFiles.LinePairs("b", "Mattis warned the allies.\n", "マチスは同盟国に警告した。\n"))
            .ToList();
        var cluster = Assert.Single(new TermInconsistencyDetector(TermDetectionOptions.Default).Report(pairs));
        Assert.Equal((TermClusterKind.NameSpelling, "Mattis"), (cluster.Kind, cluster.Source));
        Assert.True(Texts(cluster).SetEquals(["マティス", "マチス"]));
        Assert.Contains("transliterates \"Mattis\"", cluster.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Renderings_seen_only_on_low_confidence_links_make_no_cluster()
    {
        var pairs = CorpusFiles.LinePairs(
            "doc",
            "Existential deterrence differs.\nExistential deterrence is costly.\nThey debated existential deterrence.\nExistential deterrence returned.\n",
            "存在論的抑止は異なる。\n存在論的抑止は高くつく。\n彼らは実存的抑止を議論した。\n実存的抑止が戻った。\n")
            .Select(p => p with { Link = new AlignmentLink(p.Link.Bead with { Confidence = 0.3 }, LinkStatus.Auto, p.Link.UpdatedAt) })
            .ToList();
        Assert.DoesNotContain(new TermInconsistencyDetector(TermDetectionOptions.Default).Detect(pairs), c => c.Source is not null);
    }

    [Fact]
    public void Suffix_variants_are_reported_inside_one_document_and_not_when_each_document_is_consistent()
    {
        var mixed = CorpusFiles.JapaneseOnly("a", "拡大抑止を協議した。\n拡大抑止力を高める。\n").ToList();
        Assert.Single(new TermInconsistencyDetector(TermDetectionOptions.Default).Report(mixed));

        var split = CorpusFiles.JapaneseOnly("a", "拡大抑止を協議した。\n拡大抑止が要る。\n")
            .Concat(CorpusFiles.JapaneseOnly("b", "拡大抑止力を高める。\n")).ToList();
        var detector = new TermInconsistencyDetector(TermDetectionOptions.Default);
        Assert.Empty(detector.Report(split));
        Assert.Single(detector.Detect(split));
    }

    [Fact]
    public void Dictionary_synonyms_with_every_katakana_spelling_and_shared_stems_form_japanese_only_families_with_their_evidence()
    {
        var dictionary = new FakeDictionary(new()
        {
            ["欧州"] = ["Europe"], ["ヨーロッパ"] = ["Europe"], ["ヨーロパ"] = ["Europe"], ["プロセス"] = ["process"], ["過程"] = ["process"],
            ["兵力"] = ["military force", "strength of an army"], ["戦力"] = ["war potential", "military strength"],
            ["兵器"] = ["arms", "weapon"],
        });
        var pairs = CorpusFiles.JapaneseOnly("doc", "欧州の安全保障。\nヨーロッパの戦争。\nヨーロパの旧称。\n通常兵力で劣る。\n通常戦力が残る。\n通常兵器を使う。\nプロセスと過程。\n").ToList();
        var clusters = new TermInconsistencyDetector(TermDetectionOptions.Default, dictionary).Report(pairs);

        var synonym = Assert.Single(clusters, c => c.Kind == TermClusterKind.Synonym);
        Assert.True(Texts(synonym).SetEquals(["欧州", "ヨーロッパ", "ヨーロパ"]));
        Assert.StartsWith("gloss: Europe", synonym.Evidence, StringComparison.Ordinal);
        var stem = Assert.Single(clusters, c => c.Kind == TermClusterKind.SharedStem);
        Assert.True(Texts(stem).SetEquals(["通常兵力", "通常戦力"]));
        Assert.Contains("shared stem: 通常", stem.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_rendered_one_kanji_apart_is_reported_and_opposite_heads_are_not_a_family()
    {
        var pairs = CorpusFiles.LinePairs(
            "doc",
            "The Shinsen-gumi guarded Kyoto.\nThe Shinsen-gumi grew.\nThe Shinsen-gumi fought.\nThe Shinsen-gumi fell.\n",
            "新選組は京都を守った。\n新選組は大きくなった。\n新撰組は戦った。\n新撰組は敗れた。\n");
        var sourced = Assert.Single(new TermInconsistencyDetector(TermDetectionOptions.Default).Report(pairs));
        Assert.Equal((TermClusterKind.EnglishRendering, "Shinsen-gumi"), (sourced.Kind, sourced.Source));
        Assert.Contains("one kanji apart", sourced.Evidence, StringComparison.Ordinal);

        var dictionary = new FakeDictionary(new() { ["前期"] = ["first half-year", "early period"], ["後期"] = ["latter period", "second half-year"] });
        var periods = CorpusFiles.JapaneseOnly("doc", "江戸時代前期に建てた。\n江戸時代後期に焼けた。\n").ToList();
        Assert.DoesNotContain(new TermInconsistencyDetector(TermDetectionOptions.Default, dictionary).Detect(periods), c => c.Kind == TermClusterKind.SharedStem);
    }

    [Fact]
    public void A_head_and_its_short_form_on_one_stem_are_found_but_not_reported()
    {
        var dictionary = new FakeDictionary(new() { ["軍事作戦"] = ["military operation"], ["作戦"] = ["military operation", "tactics"] });
        var pairs = CorpusFiles.JapaneseOnly("doc", "特別軍事作戦に参加した。\n特別作戦への参加を決めた。\n").ToList();
        var detector = new TermInconsistencyDetector(TermDetectionOptions.Default, dictionary);

        var stem = Assert.Single(detector.Detect(pairs), c => c.Kind == TermClusterKind.SharedStem);
        Assert.True(Texts(stem).SetEquals(["特別軍事作戦", "特別作戦"]));
        Assert.True(stem.Score < TermDetectionOptions.Default.MinimumScore, $"score {stem.Score}");
        Assert.Empty(detector.Report(pairs));
    }

    private sealed class FakeDictionary(Dictionary<string, string[]> glosses) : ITermDictionary
    {
        public IReadOnlyList<string> GlossesOf(string japanese) => glosses.TryGetValue(japanese, out var found) ? found : [];

        public IReadOnlyList<string> FormsWithGloss(string gloss) =>
            [.. glosses.Where(kv => kv.Value.Contains(gloss, StringComparer.OrdinalIgnoreCase)).Select(kv => kv.Key)];
    }
}
