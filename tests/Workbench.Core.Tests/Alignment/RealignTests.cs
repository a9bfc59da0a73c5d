using Workbench.Core.Alignment;

namespace Workbench.Core.Tests.Alignment;

public sealed class RealignTests
{
    private readonly SentenceAligner aligner = new();

    [Fact]
    public void Fixed_beads_are_kept_exactly_even_against_the_evidence()
    {
        var document = SharedData.Documents(SharedData.NictDev)[1];
        var forced = new List<Bead> { new(3, 1, 9, 2, 0.123), new(20, 0, 25, 1, 0.5) };

        var beads = aligner.Realign(document.English, document.Japanese, forced);

        BeadInvariants.AssertValid(beads, document.English.Count, document.Japanese.Count);
        Assert.Contains(forced[0], beads);
        Assert.Contains(forced[1], beads);
    }

    [Fact]
    public void Stretches_between_fixed_beads_are_realigned_to_the_gold()
    {
        var document = SharedData.Documents(SharedData.NictDev)[0];
        var gold = document.Gold;
        var fixedBeads = gold.Where((_, k) => k % 10 == 5).ToList();

        var beads = aligner.Realign(document.English, document.Japanese, fixedBeads);

        BeadInvariants.AssertValid(beads, document.English.Count, document.Japanese.Count);
        var free = AlignmentScorer.Score([(gold, aligner.Align(document.English, document.Japanese))]);
        var constrained = AlignmentScorer.Score([(gold, beads)]);
        Assert.True(constrained.F1Strict >= free.F1Strict, $"constrained {constrained}, free {free}");
    }

    [Fact]
    public void Without_fixed_beads_realign_equals_align()
    {
        var document = SharedData.Documents(SharedData.NictDev)[2];
        Assert.Equal(aligner.Align(document.English, document.Japanese), aligner.Realign(document.English, document.Japanese, []));
    }

    [Fact]
    public void Overlapping_fixed_beads_are_rejected()
    {
        string[] english = ["a", "b", "c"];
        string[] japanese = ["あ", "い", "う"];
        Assert.Throws<ArgumentException>(() => aligner.Realign(english, japanese, [new Bead(0, 2, 0, 1, 1), new Bead(1, 1, 1, 1, 1)]));
    }

    [Fact]
    public void Crossing_fixed_beads_are_rejected()
    {
        string[] english = ["a", "b", "c"];
        string[] japanese = ["あ", "い", "う"];
        Assert.Throws<ArgumentException>(() => aligner.Realign(english, japanese, [new Bead(0, 1, 2, 1, 1), new Bead(1, 1, 0, 1, 1)]));
    }

    [Fact]
    public void Fixed_beads_outside_the_document_or_empty_are_rejected()
    {
        string[] english = ["a", "b"];
        string[] japanese = ["あ", "い"];
        Assert.Throws<ArgumentException>(() => aligner.Realign(english, japanese, [new Bead(1, 2, 0, 1, 1)]));
        Assert.Throws<ArgumentException>(() => aligner.Realign(english, japanese, [new Bead(0, 0, 0, 0, 1)]));
    }
}
