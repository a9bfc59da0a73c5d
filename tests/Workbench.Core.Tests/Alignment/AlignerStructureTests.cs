using Workbench.Core.Alignment;
using Workbench.Core.Alignment.Evidence;
using Workbench.Core.Documents;

namespace Workbench.Core.Tests.Alignment;

/// <summary>Structure cues, kanji name readings and calibrated confidence, on the shared gold sets.</summary>
public sealed class AlignerStructureTests
{
    private static GoldDocument Newsweek => SharedData.Documents(SharedData.NewsGold).Single(d => d.Folder.Contains("newsweek", StringComparison.Ordinal));

    [Theory]
    [InlineData("SOUTH KOREA DEFENSE MINISTRY VIA NUR", "Credit")]
    [InlineData("写真：ロイター", "Credit")]
    [InlineData("(The National Interest)", "Credit")]
    [InlineData("Experts fear cascade of nuclear proliferation as Trump shakes alliances", "Fragment")]
    [InlineData("B61核爆弾を搭載したF-15", "Fragment")]
    [InlineData("The shift has shaken U.S. allies.", "Prose")]
    [InlineData("「フランス提案には、疑問が山積みだ。」", "Prose")]
    [InlineData("Soji OKITA", "Fragment")]
    public void Lines_are_told_apart_by_kind(string line, string expected) => Assert.Equal(expected, LineKinds.Of(line).ToString());

    [Fact]
    public void A_photo_credit_is_never_glued_to_prose()
    {
        var document = Newsweek;
        Assert.Equal("SOUTH KOREA DEFENSE MINISTRY VIA NUR", document.Japanese[3]);

        var beads = new SentenceAligner().Align(document.English, document.Japanese).Select(b => b.ToLinkNotation()).ToList();

        Assert.Contains("[]:[3]", beads);
        Assert.Contains("[1]:[4]", beads);
    }

    [Fact]
    public void A_headline_paired_with_prose_is_sent_to_review()
    {
        var document = Newsweek;
        var beads = new SentenceAligner().Align(document.English, document.Japanese);

        var headline = beads.Single(b => b.EnStart == 0 && b.EnCount == 1);
        Assert.True(headline.IsNull || ReviewPolicy.Default.LowConfidenceThreshold > headline.Confidence, $"{headline.ToLinkNotation()} at {headline.Confidence}");
    }

    [Fact]
    public void Kanji_name_readings_align_the_list_heavy_article()
    {
        var document = SharedData.Documents(SharedData.NictDev).Single(d => d.Folder.EndsWith("HST00002", StringComparison.Ordinal));
        var with = Score(document, AlignerOptions.Default);
        var without = Score(document, AlignerOptions.Default with { ReadingWeight = 0 });

        Assert.True(with.F1Strict > without.F1Strict + 0.1, $"with readings {with}, without {without}");
    }

    [Fact]
    public void Unaligned_sentences_with_high_confidence_are_right_more_often()
    {
        var aligner = new SentenceAligner();
        var (sure, sureRight, doubtful, doubtfulRight) = (0, 0, 0, 0);
        foreach (var document in SharedData.Documents(SharedData.NictDev))
        {
            var gold = document.Gold.Select(b => b.ToLinkNotation()).ToHashSet();
            foreach (var bead in aligner.Align(document.English, document.Japanese).Where(b => b.IsNull))
            {
                var right = gold.Contains(bead.ToLinkNotation()) ? 1 : 0;
                if (bead.Confidence >= 0.5)
                {
                    (sure, sureRight) = (sure + 1, sureRight + right);
                }
                else
                {
                    (doubtful, doubtfulRight) = (doubtful + 1, doubtfulRight + right);
                }
            }
        }

        var sureAccuracy = (double)sureRight / sure;
        var doubtfulAccuracy = (double)doubtfulRight / doubtful;
        Assert.True(sureAccuracy > doubtfulAccuracy + 0.15, $"confident nulls {sureAccuracy:0.000} of {sure}, doubtful ones {doubtfulAccuracy:0.000} of {doubtful}");
    }

    private static AlignmentScore Score(GoldDocument document, AlignerOptions options) =>
        AlignmentScorer.Score([(document.Gold, new SentenceAligner(options).Align(document.English, document.Japanese))]);
}
