using Workbench.Core.Alignment;

namespace Workbench.Core.Tests.Alignment;

/// <summary>Random documents cut from the dev data, with random drops and merges, must always give valid beads.</summary>
public sealed class AlignerPropertyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Random_perturbed_documents_give_valid_beads(int seed)
    {
        var random = new Random(seed);
        var source = SharedData.Documents(SharedData.NictDev)[random.Next(20)];
        var english = Perturb(source.English, random);
        var japanese = Perturb(source.Japanese, random);
        var aligner = new SentenceAligner();

        var beads = aligner.Align(english, japanese);

        BeadInvariants.AssertValid(beads, english.Count, japanese.Count);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Random_fixed_beads_from_an_alignment_are_kept(int seed)
    {
        var random = new Random(seed);
        var source = SharedData.Documents(SharedData.NictDev)[random.Next(20)];
        var aligner = new SentenceAligner();
        var first = aligner.Align(source.English, source.Japanese);
        var fixedBeads = first.Where(_ => random.NextDouble() < 0.2).Select(b => b with { Confidence = 1 }).ToList();

        var beads = aligner.Realign(source.English, source.Japanese, fixedBeads);

        BeadInvariants.AssertValid(beads, source.English.Count, source.Japanese.Count);
        Assert.All(fixedBeads, b => Assert.Contains(b, beads));
    }

    /// <summary>Drops a tenth of the sentences, merges another tenth with the next one, and sometimes cuts a stretch.</summary>
    private static List<string> Perturb(IReadOnlyList<string> sentences, Random random)
    {
        var result = new List<string>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var roll = random.NextDouble();
            if (roll < 0.1)
            {
                continue;
            }

            if (roll < 0.2 && i + 1 < sentences.Count)
            {
                result.Add(sentences[i] + sentences[++i]);
                continue;
            }

            result.Add(sentences[i]);
        }

        if (random.NextDouble() < 0.5)
        {
            var cut = random.Next(result.Count + 1);
            result.RemoveRange(cut, random.Next(result.Count - cut + 1));
        }

        return result;
    }
}
