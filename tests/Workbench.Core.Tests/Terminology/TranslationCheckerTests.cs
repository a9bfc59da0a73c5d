using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Terminology;

namespace Workbench.Core.Tests.Terminology;

public sealed class TranslationCheckerTests
{
    private static readonly GlossaryEntry[] Glossary =
    [
        new("Kyiv", ["キーウ"], null, ["キエフ"]),
        new("transactional deterrence", ["取引的抑止"], null, ["取引型抑止", "取引ベースの抑止"]),
        new("ICBM", ["大陸間弾道ミサイル", "ICBM"], null, []),
        new("Belarus", ["ベラルーシ"], null, []),
        new("extended deterrence", ["拡大抑止"], null, []),
        new("nuclear deterrence", ["核抑止"], null, []),
        new("nuclear umbrella", ["核の傘"], null, []),
    ];

    private static CheckFinding[] CheckOne(string english, string japanese, LinkStatus status, double confidence, Func<string, bool>? isKnownWord = null)
    {
        var pair = new AlignedPair(
            "doc",
            new AlignmentLink(new Bead(0, english.Length == 0 ? 0 : 1, 0, 1, confidence), status, DateTimeOffset.UnixEpoch),
            english.Length == 0 ? [] : [new Segment(0, 0, 1, english)],
            [new Segment(0, 0, 1, japanese)]);
        return [.. new TranslationChecker(Glossary, CheckOptions.Default, isKnownWord ?? (_ => false)).Check([pair], _ => "ja.txt", _ => "en.txt")];
    }

    private static List<CheckFinding> Check(params (string En, string Ja)[] pairs)
    {
        var aligned = pairs.Select((p, i) => new AlignedPair(
            "doc",
            new AlignmentLink(new Bead(p.En.Length == 0 ? 0 : i, p.En.Length == 0 ? 0 : 1, i, 1, 1), LinkStatus.Auto, DateTimeOffset.UnixEpoch),
            p.En.Length == 0 ? [] : [new Segment(i, i, i + 1, p.En)],
            [new Segment(i, i, i + 10, p.Ja)]));
        return [.. new TranslationChecker(Glossary, CheckOptions.Default).Check(aligned, _ => "ja.txt", _ => "en.txt")];
    }

    [Fact]
    public void Forbidden_variant_is_an_error_located_on_the_japanese_line_with_expected_and_found()
    {
        var finding = Assert.Single(Check(("Kyiv held.", "キーウは持ちこたえた。"), ("The siege of Kyiv failed.", "キエフ包囲は失敗した。")), f => f.Rule == CheckRules.TermForbidden);
        Assert.Equal(CheckSeverity.Error, finding.Severity);
        Assert.Equal(("ja.txt", 11, 1), (finding.Location.File, finding.Location.Line, finding.Location.Segment));
        Assert.Equal(("キーウ", "キエフ"), (finding.Expected, finding.Found));
    }

    [Fact]
    public void Forbidden_variant_is_caught_in_a_japanese_only_document()
    {
        var findings = Check(("", "取引ベースの抑止では足りない。"));
        Assert.Equal([CheckRules.TermForbidden], findings.Select(f => f.Rule));
    }

    [Fact]
    public void Missing_approved_rendering_is_reported_and_present_rendering_is_not()
    {
        var findings = Check(("Transactional deterrence is cheap.", "取引的抑止力は安上がりだ。"), ("It is transactional deterrence.", "それは損得勘定の抑止だ。"));
        var missing = Assert.Single(findings);
        Assert.Equal((CheckRules.TermMissing, 1), (missing.Rule, missing.Location.Segment));
    }

    [Theory]
    [InlineData("It costs 1,000 dollars.", "費用は千ドルだ。")]
    [InlineData("It costs 1000 dollars.", "費用は1,000ドルだ。")]
    [InlineData("Spending rose to 5%.", "支出は5パーセントに増えた。")]
    [InlineData("Spending rose to 5 percent.", "支出は５％に増えた。")]
    [InlineData("The plan ends in 2032.", "計画は2032年に終わる。")]
    [InlineData("The bill is $1.7 trillion.", "請求額は1兆7000億ドルだ。")]
    [InlineData("About 3.5 million people fled.", "約350万人が逃れた。")]
    [InlineData("The F-35A and B-2 flew.", "F-35AとB-2が飛んだ。")]
    public void Equal_quantities_in_different_notations_are_not_findings(string english, string japanese) =>
        Assert.DoesNotContain(Check((english, japanese)), f => f.Rule == CheckRules.NumberMismatch);

    [Fact]
    public void A_changed_quantity_is_a_number_warning()
    {
        var finding = Assert.Single(Check(("The bill is $1.7 trillion.", "請求額は1兆5000億ドルだ。")));
        Assert.Equal((CheckRules.NumberMismatch, CheckSeverity.Warning), (finding.Rule, finding.Severity));
    }

    [Fact]
    public void Latin_tokens_missing_from_the_japanese_are_warnings_unless_in_the_glossary_or_exempt()
    {
        var findings = Check(("NATO flew B-2 bombers and F-35A jets; the US tested ICBMs.", "NATOはB2爆撃機を飛ばし、米国は大陸間弾道ミサイルを試験した。"));
        var missing = Assert.Single(findings);
        Assert.Equal((CheckRules.LatinTokenMissing, "F-35A"), (missing.Rule, missing.Expected));
    }

    [Fact]
    public void Untranslated_and_same_source_different_target_are_reported()
    {
        var findings = Check(
            ("The alliance must adapt quickly.", "同盟は迅速に適応しなければならない。"),
            ("Deterrence works.", "Deterrence works."),
            ("The alliance must adapt quickly.", "同盟はすばやく適応すべきだ。"));
        Assert.Equal([CheckRules.Untranslated, CheckRules.InconsistentTarget], findings.Select(f => f.Rule));
        Assert.Equal(2, findings[1].Location.Segment);
    }

    [Fact]
    public void An_error_on_a_low_confidence_auto_link_is_a_warning_and_on_a_confirmed_link_an_error()
    {
        var doubtful = Assert.Single(CheckOne("The siege of Kyiv failed.", "キエフ包囲は失敗した。", LinkStatus.Auto, 0.3));
        Assert.Equal((CheckRules.TermForbidden, CheckSeverity.Warning, LinkStatus.Auto, 0.3), (doubtful.Rule, doubtful.Severity, doubtful.LinkStatus, doubtful.LinkConfidence));
        var confirmed = Assert.Single(CheckOne("The siege of Kyiv failed.", "キエフ包囲は失敗した。", LinkStatus.Confirmed, 0.3));
        Assert.Equal(CheckSeverity.Error, confirmed.Severity);
    }

    [Fact]
    public void A_missing_term_in_an_unreviewed_headline_is_a_warning()
    {
        var headline = Assert.Single(CheckOne("The Kyiv Question", "ウクライナの首都をめぐる問い", LinkStatus.Auto, 0.95));
        Assert.Equal((CheckRules.TermMissing, CheckSeverity.Warning), (headline.Rule, headline.Severity));
        var sentence = Assert.Single(CheckOne("The Kyiv question is open.", "ウクライナの首都の問題は未決だ。", LinkStatus.Auto, 0.95));
        Assert.Equal(CheckSeverity.Error, sentence.Severity);
    }

    [Fact]
    public void A_forbidden_variant_glued_to_a_known_word_is_found_and_to_an_unknown_run_is_not()
    {
        var glued = CheckOne(string.Empty, "ウクライナ西部やキエフベラルーシ国境から100km", LinkStatus.Auto, 1);
        Assert.Equal(("キエフ", CheckSeverity.Error), (Assert.Single(glued).Found, glued[0].Severity));
        Assert.Empty(CheckOne(string.Empty, "キエフスキー駅に着いた。", LinkStatus.Auto, 1));
        Assert.Single(CheckOne(string.Empty, "キエフスキー駅に着いた。", LinkStatus.Auto, 1, word => word == "スキー"));
    }

    [Fact]
    public void Quotes_inside_a_rendering_and_the_english_in_parentheses_count_as_present()
    {
        Assert.Empty(CheckOne("France proposed to extend its nuclear “umbrella” to others.", "フランスは核の「傘」を他国に広げると提案した。", LinkStatus.Auto, 1));
        Assert.Empty(CheckOne("Nuclear deterrence matters.", "核の脅しによる抑止(nuclear deterrence)が重要だ。", LinkStatus.Auto, 1));
    }

    [Fact]
    public void An_editorial_insertion_is_matched_as_the_term_around_it()
    {
        Assert.Empty(CheckOne("It undercut confidence in extended [nuclear] deterrence.", "それは拡大抑止への信頼を損なった。", LinkStatus.Auto, 1));
    }

    [Fact]
    public void A_forbidden_variant_is_reported_once_not_also_as_a_missing_term()
    {
        var finding = Assert.Single(CheckOne("Transactional deterrence fails.", "取引型抑止は失敗する。", LinkStatus.Auto, 1));
        Assert.Equal(CheckRules.TermForbidden, finding.Rule);
    }
}
