using Workbench.Core.Alignment;
using Workbench.Core.Alignment.Evidence;
using Workbench.Core.Alignment.Search;

namespace Workbench.Core.Tests.Alignment.Search;

public sealed class ConfidenceModelTests
{
    /// <summary>
    /// The nict-dev documents run together six times, with their gold beads and made-up costs: enough beads to be
    /// assigned on all cores at once, while pieces of under a thousand beads are assigned one by one.
    /// </summary>
    [Fact]
    public void A_long_document_gets_the_confidences_its_pieces_get_one_by_one()
    {
        var english = new List<string>();
        var japanese = new List<string>();
        var beads = new List<ScoredBead>();
        var random = new Random(3);
        for (var copy = 0; copy < 6; copy++)
        {
            foreach (var document in SharedData.Documents(SharedData.NictDev))
            {
                foreach (var bead in document.Gold)
                {
                    var shifted = bead with { EnStart = bead.EnStart + english.Count, JaStart = bead.JaStart + japanese.Count };
                    beads.Add(new ScoredBead(shifted, (random.NextDouble() * 12) - 8));
                }

                english.AddRange(document.English);
                japanese.AddRange(document.Japanese);
            }
        }

        var options = AlignerOptions.Default;
        var evidence = EvidenceExtractor.Extract(english, japanese, options, LexiconIndex.Empty);

        var whole = ConfidenceModel.Assign(evidence, Found(beads), options);
        var pieces = beads.Chunk(1000).SelectMany(piece => ConfidenceModel.Assign(evidence, Found(piece), options)).ToList();

        Assert.True(beads.Count > 10_000, $"{beads.Count} beads");
        Assert.Equal(pieces, whole);
        Assert.Contains(whole, b => b.Bead.Confidence is > 0.1 and < 0.9);
    }

    private static PassBeads Found(IEnumerable<ScoredBead> beads)
    {
        var found = new PassBeads();
        foreach (var (bead, cost) in beads)
        {
            found.Add(new PathBead(bead.EnStart, bead.EnCount, bead.JaStart, bead.JaCount, cost));
        }

        return found;
    }
}
