using Workbench.Core.Alignment;

namespace Workbench.Core.Tests.Alignment;

/// <summary>No input may crash the aligner.</summary>
public sealed class AlignerRobustnessTests
{
    private readonly SentenceAligner aligner = new();

    [Fact]
    public void Both_sides_empty_give_no_beads() => Assert.Empty(aligner.Align([], []));

    [Fact]
    public void Empty_english_leaves_every_japanese_sentence_unaligned()
    {
        var beads = aligner.Align([], ["一。", "二。", "三。"]);
        BeadInvariants.AssertValid(beads, 0, 3);
        Assert.All(beads, b => Assert.Equal(0, b.EnCount));
    }

    [Fact]
    public void Empty_japanese_leaves_every_english_sentence_unaligned()
    {
        var beads = aligner.Align(["One.", "Two."], []);
        BeadInvariants.AssertValid(beads, 2, 0);
        Assert.All(beads, b => Assert.Equal(0, b.JaCount));
    }

    [Fact]
    public void Single_sentences_pair_up()
    {
        var beads = aligner.Align(["NATO deployed 100 F-35 jets."], ["NATOは100機のF-35を配備した。"]);
        Assert.Equal([new Bead(0, 1, 0, 1, beads[0].Confidence)], beads);
    }

    [Fact]
    public void A_hundred_thousand_sentences_against_ten()
    {
        var english = Enumerable.Range(0, 100_000).Select(i => $"Sentence {i} about policy.").ToList();
        var japanese = Enumerable.Range(0, 10).Select(i => $"政策についての文{i}。").ToList();
        BeadInvariants.AssertValid(aligner.Align(english, japanese), english.Count, japanese.Count);
        BeadInvariants.AssertValid(aligner.Align(japanese, english), japanese.Count, english.Count);
    }

    [Fact]
    public void Identical_text_on_both_sides_aligns_one_to_one()
    {
        var text = SharedData.Documents(SharedData.NictDev)[0].English;
        var beads = aligner.Align(text, text);
        BeadInvariants.AssertValid(beads, text.Count, text.Count);
        Assert.True(beads.Count(b => b is { EnCount: 1, JaCount: 1 } && b.EnStart == b.JaStart) >= text.Count * 0.95);
    }

    [Fact]
    public void Punctuation_only_and_blank_lines()
    {
        string[] english = ["...", "", "!!!", "—", "(  )"];
        string[] japanese = ["。。。", "", "「」", "？", "・・・", "　"];
        BeadInvariants.AssertValid(aligner.Align(english, japanese), english.Length, japanese.Length);
    }
}
