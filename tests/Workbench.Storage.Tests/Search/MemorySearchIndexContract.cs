using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Search;
using Workbench.Core.Storage;

namespace Workbench.Storage.Tests.Search;

/// <summary>
/// Behaviour every backend's <see cref="IMemorySearchIndex"/> must show: what concordance and fuzzy lookup find,
/// in which order, and that the index follows every write. A backend's test class derives from this and says how to
/// open a fresh, empty store.
/// </summary>
public abstract class MemorySearchIndexContract : IDisposable
{
    private static readonly DateTimeOffset Earlier = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly Lazy<ITranslationMemory> memory;

    protected MemorySearchIndexContract() => memory = new Lazy<ITranslationMemory>(CreateMemory);

    protected ITranslationMemory Memory => memory.Value;

    private ConcordanceSearch Concordance => new(Memory.SearchIndex);

    private FuzzyMatcher Fuzzy => new(Memory.SearchIndex);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public void English_search_is_case_insensitive_whole_word_and_plural_aware()
    {
        Import("policy", ("Alliances matter to Washington.", "同盟はワシントンにとって重要だ。"), ("The alliance's future is uncertain.", "同盟の将来は不透明だ。"), ("An ally spoke.", "同盟国が発言した。"));

        Assert.Equal(2, Search("ALLIANCE", SearchSide.English).Count);
        Assert.Single(Search("ally", SearchSide.English));
        Assert.Empty(Search("allia", SearchSide.English));
        Assert.Single(Search("alliance's future", SearchSide.English));
    }

    [SkippableFact]
    public void Invisible_format_characters_hide_nothing_from_search_either_way()
    {
        // Pasted from a web page: soft hyphens and zero-width spaces inside words a reader cannot see.
        Import("pasted", ("The nu\u00ADclear um\u00ADbrella holds.", "核\u200B抑止の傘は\u200B揺るがない。"), ("Allies doubt the nuclear umbrella.", "同盟国は核抑止を疑う。"));

        var english = Search("nuclear umbrella", SearchSide.English);
        Assert.Equal(2, english.Count);
        var pasted = Assert.Single(english, h => h.Pair.EnglishText.Contains('\u00AD', StringComparison.Ordinal));
        var span = Assert.Single(pasted.EnglishSpans);
        Assert.Equal("nu\u00ADclear um\u00ADbrella", pasted.Pair.EnglishText.Substring(span.Start, span.Length));
        Assert.Equal(2, Search("nu\u200Bclear", SearchSide.English).Count);
        Assert.Equal(2, Search("核抑止", SearchSide.Japanese).Count);
        Assert.Equal(2, Search("核\u00AD抑止", SearchSide.Japanese).Count);
        Assert.Equal(2, Search("核\u200B", SearchSide.Japanese).Count);
        Assert.Equal(100, Fuzzy.Lookup("The nuclear umbrella holds.", Language.English, 70, 1)[0].Percentage);
    }

    [SkippableFact]
    public void English_hits_highlight_the_words_as_written()
    {
        Import("policy", ("Extended Deterrence's limits are real.", "拡大抑止の限界は現実だ。"));

        var hit = Assert.Single(Search("extended deterrence", SearchSide.English));

        var span = Assert.Single(hit.EnglishSpans);
        Assert.Equal("Extended Deterrence's", hit.Pair.EnglishText.Substring(span.Start, span.Length));
    }

    [SkippableTheory]
    [InlineData("核")]
    [InlineData("抑止")]
    [InlineData("拡大抑止")]
    [InlineData("ＮＡＴＯ")]
    [InlineData("ブリュワー")]
    public void Japanese_search_finds_substrings_of_one_character_and_up_after_normalisation(string query)
    {
        Import("ja", ("Brewer said NATO needs nuclear extended deterrence.", "ブリューワーはNATOには核の拡大抑止が必要だと述べた。"), ("Unrelated.", "無関係な文。"));

        var hit = Assert.Single(Search(query, SearchSide.Japanese));

        Assert.NotEmpty(hit.JapaneseSpans);
    }

    [SkippableFact]
    public void Japanese_highlight_maps_back_to_the_original_characters()
    {
        Import("ja", ("Brewer spoke.", "ブリューワー氏が語った。"));

        var hit = Assert.Single(Search("ブリュワー", SearchSide.Japanese));

        var span = Assert.Single(hit.JapaneseSpans);
        Assert.Equal("ブリューワー", hit.Pair.JapaneseText.Substring(span.Start, span.Length));
    }

    [SkippableFact]
    public void Both_sides_are_searched_by_default_and_each_pair_is_listed_once()
    {
        Import("mixed", ("NATO allies met.", "NATOの同盟国が会合した。"), ("Another sentence.", "NATOは別だ。"));

        Assert.Equal(2, Search("NATO", SearchSide.Both).Count);
        Assert.Single(Search("NATO", SearchSide.English));
    }

    [SkippableFact]
    public void Confirmed_pairs_come_first_then_the_newest()
    {
        Import("old", Earlier, ("Deterrence one.", "抑止その一。"), ("Deterrence two.", "抑止その二。"));
        Import("new", Earlier.AddDays(1), ("Deterrence three.", "抑止その三。"));
        Confirm("old", 1);

        var documents = Search("抑止", SearchSide.Japanese).Select(h => h.Pair.JapaneseText).ToList();

        Assert.Equal(["抑止その二。", "抑止その三。", "抑止その一。"], documents);
    }

    [SkippableFact]
    public void Status_document_and_limit_narrow_the_hits()
    {
        Import("a", ("Deterrence one.", "抑止その一。"), ("Deterrence two.", "抑止その二。"));
        Import("b", ("Deterrence three.", "抑止その三。"));
        Confirm("a", 0);

        Assert.Equal("抑止その一。", Assert.Single(Concordance.Search("抑止", SearchSide.Both, [], [LinkStatus.Confirmed], 10)).Pair.JapaneseText);
        Assert.Equal(2, Concordance.Search("抑止", SearchSide.Both, [], [LinkStatus.Auto], 10).Count);
        Assert.Equal("b", Assert.Single(Concordance.Search("deterrence", SearchSide.Both, ["b"], [], 10)).Pair.Document);
        // The confirming edit gave a's first pair a link newer than b's: a document's pairs need not be contiguous.
        Assert.Equal(["抑止その一。", "抑止その二。"], Concordance.Search("抑止", SearchSide.Both, ["a"], [], 10).Select(h => h.Pair.JapaneseText));
        Assert.Equal(2, Concordance.Search("抑止", SearchSide.Both, [], [], 2).Count);
    }

    [SkippableFact]
    public void Rejected_links_and_one_sided_beads_are_not_found()
    {
        var document = new NewDocument(
            "partial",
            null,
            null,
            [new Segment(0, 0, 1, "Deterrence failed."), new Segment(1, 0, 1, "Deterrence only in English.")],
            [new Segment(0, 0, 1, "抑止は失敗した。"), new Segment(1, 0, 1, "抑止は日本語だけ。")],
            [Link(0, 1, 0, 1, LinkStatus.Rejected), Link(1, 1, 1, 0), Link(2, 0, 1, 1)]);
        Memory.ImportDocument(document, replace: false);

        Assert.Empty(Search("deterrence", SearchSide.Both));
        Assert.Empty(Search("抑止", SearchSide.Both));
        Assert.Equal(0, Memory.SearchIndex.CountPairs());
    }

    [SkippableFact]
    public void The_index_follows_edits_undo_and_redo()
    {
        var id = Import("doc", ("Deterrence is credible.", "抑止は信頼できる。"), ("It must be.", "そうでなければならない。"));
        var links = Memory.GetLinks(id);
        var merged = new AlignmentLink(new Bead(0, 2, 0, 2, 1.0), LinkStatus.Confirmed, Earlier);

        Memory.ApplyEdit(id, new LinkEdit("merge", links, [merged]));
        var hit = Assert.Single(Search("抑止", SearchSide.Japanese));
        Assert.Equal("抑止は信頼できる。そうでなければならない。", hit.Pair.JapaneseText);
        Assert.Equal(LinkStatus.Confirmed, hit.Pair.Link.Status);

        Memory.Undo(id);
        Assert.Equal("抑止は信頼できる。", Assert.Single(Search("抑止", SearchSide.Japanese)).Pair.JapaneseText);
        Assert.Single(Search("must", SearchSide.English));

        Memory.Redo(id);
        Assert.Equal(LinkStatus.Confirmed, Assert.Single(Search("must", SearchSide.English)).Pair.Link.Status);
    }

    [SkippableFact]
    public void The_index_follows_segment_text_edits_and_their_undo()
    {
        var id = Import("doc", ("Deterrence is credible.", "抑止は信頼できる。"), ("It must be.", "そうでなければならない。"));

        Memory.EditSegmentText(id, "edit", new SegmentTextChange(Language.Japanese, 0, "抑止は信頼できる。", "抑止力は信頼できる。"));
        Memory.EditSegmentText(id, "edit", new SegmentTextChange(Language.English, 0, "Deterrence is credible.", "Coercion is credible."));

        Assert.Equal("抑止力は信頼できる。", Assert.Single(Search("抑止力", SearchSide.Japanese)).Pair.JapaneseText);
        Assert.Empty(Search("deterrence", SearchSide.English));
        Assert.Equal(100, Best("Coercion is credible.", Language.English));

        Memory.Undo(id);
        Memory.Undo(id);

        Assert.Empty(Search("抑止力", SearchSide.Japanese));
        Assert.Single(Search("deterrence", SearchSide.English));
        Assert.Equal(2, Memory.SearchIndex.CountPairs());
    }

    [SkippableFact]
    public void Rejecting_a_link_removes_it_and_replacing_a_document_drops_its_old_text()
    {
        var id = Import("doc", ("Deterrence is credible.", "抑止は信頼できる。"));
        var link = Memory.GetLinks(id)[0];
        Memory.ApplyEdit(id, new LinkEdit("reject", [link], [link with { Status = LinkStatus.Rejected }]));
        Assert.Empty(Search("抑止", SearchSide.Japanese));

        Import("doc", replace: true, Earlier, ("Coercion works.", "強制は機能する。"));

        Assert.Empty(Search("deterrence", SearchSide.English));
        Assert.Single(Search("強制", SearchSide.Japanese));
        Assert.Single(Fuzzy.Lookup("Coercion works.", Language.English, 70, 5));
        Assert.Equal(1, Memory.SearchIndex.CountPairs());
    }

    [SkippableFact]
    public void An_identical_sentence_is_100_and_case_punctuation_or_number_differences_are_99()
    {
        Import("doc", ("In 2024 NATO spent 3 billion dollars.", "２０２４年、NATOは30億ドルを費やした。"));

        Assert.Equal(100, Best("In  2024 NATO spent 3 billion dollars.", Language.English));
        Assert.Equal(99, Best("in 2024 nato spent 3 billion dollars.", Language.English));
        Assert.Equal(99, Best("In 2024 NATO spent 3 billion dollars!", Language.English));
        Assert.Equal(99, Best("In 2025 NATO spent 3 billion dollars.", Language.English));
        Assert.Equal(100, Best("2024年、NATOは30億ドルを費やした。", Language.Japanese));
        Assert.Equal(99, Best("２０２４年、NATOは40億ドルを費やした。", Language.Japanese));
    }

    [SkippableFact]
    public void Planted_near_duplicates_rank_first_in_their_band()
    {
        Import("filler", Filler().ToArray());
        Import("planted", Earlier, Planted.Select(p => (p.English, p.Japanese)).ToArray());

        foreach (var (english, japanese, query, language, lowest, highest) in PlantedQueries)
        {
            var matches = Fuzzy.Lookup(query, language, 1, 5);
            Assert.True(matches.Count > 0, $"no match for '{query}'");
            Assert.True(
                (matches[0].Pair.EnglishText, matches[0].Pair.JapaneseText) == (english, japanese),
                $"'{query}' matched '{matches[0].Source}' first");
            Assert.True(
                matches[0].Percentage >= lowest && matches[0].Percentage <= highest,
                $"'{query}' scored {matches[0].Percentage}, expected {lowest}–{highest}");
        }
    }

    [SkippableFact]
    public void Lookup_returns_the_translation_and_a_diff_against_the_query()
    {
        Import("doc", ("The alliance must restore nuclear credibility.", "同盟は核の信頼性を回復しなければならない。"));

        var english = Assert.Single(Fuzzy.Lookup("The alliance must restore conventional credibility.", Language.English, 70, 5));
        var japanese = Assert.Single(Fuzzy.Lookup("同盟は核の信用を回復しなければならない。", Language.Japanese, 70, 5));

        Assert.Equal("同盟は核の信頼性を回復しなければならない。", english.Translation);
        Assert.Contains(english.Diff, s => s.Kind == Core.Terminology.DiffSpanKind.Removed && s.Text == "nuclear");
        Assert.Contains(english.Diff, s => s.Kind == Core.Terminology.DiffSpanKind.Added && s.Text == "conventional");
        Assert.Equal("The alliance must restore nuclear credibility.", japanese.Translation);
        Assert.Contains(japanese.Diff, s => s.Kind == Core.Terminology.DiffSpanKind.Added && s.Text.Contains('用', StringComparison.Ordinal));
    }

    [SkippableFact]
    public void An_empty_memory_finds_nothing()
    {
        Assert.Empty(Search("抑止", SearchSide.Both));
        Assert.Empty(Fuzzy.Lookup("Deterrence is credible.", Language.English, 50, 5));
        Assert.Equal(0, Memory.SearchIndex.CountPairs());
    }

    protected abstract ITranslationMemory CreateMemory();

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && memory.IsValueCreated)
        {
            memory.Value.Dispose();
        }
    }

    protected long Import(string name, params (string English, string Japanese)[] pairs) =>
        Import(name, replace: false, SampleDocuments.ImportTime, pairs);

    protected long Import(string name, DateTimeOffset time, params (string English, string Japanese)[] pairs) =>
        Import(name, replace: false, time, pairs);

    protected long Import(string name, bool replace, DateTimeOffset time, params (string English, string Japanese)[] pairs)
    {
        var document = new NewDocument(
            name,
            null,
            null,
            pairs.Select((p, i) => new Segment(i, i, i + 1, p.English)).ToList(),
            pairs.Select((p, i) => new Segment(i, i, i + 1, p.Japanese)).ToList(),
            pairs.Select((_, i) => new AlignmentLink(new Bead(i, 1, i, 1, 0.9), LinkStatus.Auto, time)).ToList());
        return Memory.ImportDocument(document, replace);
    }

    protected IReadOnlyList<ConcordanceHit> Search(string text, SearchSide side) => Concordance.Search(text, side, [], [], 50);

    private static AlignmentLink Link(int enStart, int enCount, int jaStart, int jaCount, LinkStatus status = LinkStatus.Auto) =>
        new(new Bead(enStart, enCount, jaStart, jaCount, 0.9), status, SampleDocuments.ImportTime);

    private int Best(string query, Language language) => Fuzzy.Lookup(query, language, 50, 1)[0].Percentage;

    private void Confirm(string document, int index)
    {
        var id = Memory.FindDocument(document)!.Id;
        var link = Memory.GetLinks(id)[index];
        Memory.ApplyEdit(id, new LinkEdit("confirm", [link], [link with { Status = LinkStatus.Confirmed }]));
    }

    private static readonly (string English, string Japanese)[] Planted =
    [
        ("Russia has deployed tactical nuclear weapons to Belarus this spring.", "ロシアは今春、戦術核兵器をベラルーシに配備した。"),
        ("The Pentagon asked Congress for 850 billion dollars in the next budget.", "国防総省は次年度予算で8500億ドルを議会に要求した。"),
        ("Japan will double its defence spending, although the public remains divided on how to pay for it.", "日本は防衛費を倍増させるが、その財源については世論が割れている。"),
        ("The treaty obliges the United States to defend the islands.", "条約は米国に島々を防衛する義務を課している。"),
    ];

    // (stored English, stored Japanese, query, language, lowest and highest expected percentage)
    private static readonly (string, string, string, Language, int, int)[] PlantedQueries =
    [
        // One word changed.
        (Planted[0].English, Planted[0].Japanese, "Russia has deployed tactical nuclear weapons to Belarus this summer.", Language.English, 85, 94),
        // A number changed.
        (Planted[1].English, Planted[1].Japanese, "The Pentagon asked Congress for 900 billion dollars in the next budget.", Language.English, 95, 99),
        (Planted[1].English, Planted[1].Japanese, "国防総省は次年度予算で9000億ドルを議会に要求した。", Language.Japanese, 95, 99),
        // A clause dropped.
        (Planted[2].English, Planted[2].Japanese, "Japan will double its defence spending, although the public remains divided.", Language.English, 50, 74),
        (Planted[2].English, Planted[2].Japanese, "日本は防衛費を倍増させるが、世論が割れている。", Language.Japanese, 50, 74),
        // A different particle.
        (Planted[3].English, Planted[3].Japanese, "条約は米国が島々を防衛する義務を課している。", Language.Japanese, 95, 99),
        (Planted[0].English, Planted[0].Japanese, "ロシアは今春、戦術核兵器をベラルーシへ配備した。", Language.Japanese, 95, 99),
    ];

    private static IEnumerable<(string, string)> Filler()
    {
        string[] subjects = ["Russia", "China", "The alliance", "Japan", "The Pentagon", "Congress", "India", "The treaty"];
        string[] verbs = ["has deployed", "asked for", "will review", "rejected", "debated", "funded"];
        string[] objects = ["new missiles", "a larger budget", "the islands", "nuclear weapons", "its defence plans", "tactical forces"];
        string[] ja = ["ロシア", "中国", "同盟", "日本", "国防総省", "議会", "インド", "条約"];
        string[] jaVerbs = ["を配備した", "を要求した", "を見直す", "を拒否した", "を議論した", "に資金を出した"];
        string[] jaObjects = ["新型ミサイル", "より大きな予算", "島々", "核兵器", "防衛計画", "戦術部隊"];
        for (var s = 0; s < subjects.Length; s++)
        {
            for (var v = 0; v < verbs.Length; v++)
            {
                var o = (s + v) % objects.Length;
                yield return ($"{subjects[s]} {verbs[v]} {objects[o]} last year.", $"{ja[s]}は昨年、{jaObjects[o]}{jaVerbs[v]}。");
            }
        }
    }
}
