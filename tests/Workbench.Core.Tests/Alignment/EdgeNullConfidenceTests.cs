using Workbench.Core.Alignment;

namespace Workbench.Core.Tests.Alignment;

/// <summary>Sentences with nothing left on the other side to pair with are certainly unaligned.</summary>
public sealed class EdgeNullConfidenceTests
{
    [Fact]
    public void Japanese_beyond_a_partial_english_original_is_confidently_unaligned()
    {
        var document = SharedData.Documents(SharedData.NictDev)[0];
        var english = document.English.Skip(3).Take(document.English.Count / 2).ToList();
        var options = AlignerOptions.Default with { EdgeNullConfidence = 0.9 };

        var beads = new SentenceAligner(options).Align(english, document.Japanese);

        BeadInvariants.AssertValid(beads, english.Count, document.Japanese.Count);
        var leading = beads.Where(b => b.EnCount == 0 && b.EnStart == 0).ToList();
        var trailing = beads.Where(b => b.EnCount == 0 && b.EnStart == english.Count).ToList();
        Assert.NotEmpty(leading);
        Assert.True(trailing.Count >= document.Japanese.Count / 3, $"{trailing.Count} unaligned Japanese sentences after the English ends");
        Assert.All(leading.Concat(trailing), b => Assert.Equal(0.9, b.Confidence));
    }

    [Fact]
    public void An_unaligned_sentence_between_the_other_sides_sentences_keeps_its_evidence_based_confidence()
    {
        var document = SharedData.Documents(SharedData.NictDev)[0];
        var options = AlignerOptions.Default with { EdgeNullConfidence = 0.9 };

        var beads = new SentenceAligner(options).Align(document.English, document.Japanese);

        var interior = beads.Where(b => b.IsNull && (b.EnCount == 0
            ? b.EnStart > 0 && b.EnStart < document.English.Count
            : b.JaStart > 0 && b.JaStart < document.Japanese.Count)).ToList();
        Assert.NotEmpty(interior);
        Assert.DoesNotContain(interior, b => b.Confidence == 0.9);
    }
}
