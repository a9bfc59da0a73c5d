using Workbench.Core.Alignment;
using Workbench.Core.Alignment.Evidence;
using Workbench.Core.Alignment.Search;
using Workbench.Core.Lexicon;

namespace Workbench.Core.Tests.Alignment.Search;

public sealed class BandedAlignerHandoffTests
{
    /// <summary>
    /// Bands big enough for the handoff, from the nict-dev documents run together (one gold document is too small):
    /// all of them banded around the anchors, and the first few searched whole, each with and without gap states. The
    /// beads' costs must be the same to the bit, not close: the dynamic programme compares them.
    /// </summary>
    [Fact]
    public void Beads_and_costs_are_the_same_to_the_bit_with_and_without_the_second_thread()
    {
        var options = AlignerOptions.Default;
        var lexicon = LexiconIndex.Build(JmdictLexiconLoader.Bundled, [], options);
        var documents = SharedData.Documents(SharedData.NictDev);
        var cases = new[] { (Documents: documents, Full: false), (Documents: documents.Take(3).ToList(), Full: true) };
        var handedOff = 0;
        foreach (var (parts, full) in cases)
        {
            var english = parts.SelectMany(d => d.English).ToList();
            var japanese = parts.SelectMany(d => d.Japanese).ToList();
            var evidence = EvidenceExtractor.Extract(english, japanese, options, lexicon);
            var rectangle = new Rectangle(0, english.Count, 0, japanese.Count);
            var band = full
                ? Band.Full(rectangle.Rows, rectangle.Columns)
                : Band.AroundPath(AnchorFinder.Find(evidence, rectangle, options), rectangle.Rows, rectangle.Columns, options.BandRadius);
            handedOff += band.CellCount >= BandedAligner.HandoffCells ? 1 : 0;
            var length = LengthModel.FirstGuess(evidence, options);
            foreach (var withGaps in new[] { false, true })
            {
                var (expected, actual) = (new PassBeads(), new PassBeads());
                new BandedAligner(evidence, options, secondThread: false).Align(rectangle, band, length, withGaps, expected);
                new BandedAligner(evidence, options, secondThread: true).Align(rectangle, band, length, withGaps, actual);
                Assert.Equal(Bits(expected), Bits(actual));
                Assert.True(expected.Count > english.Count / 2);
            }
        }

        Assert.Equal(cases.Length, handedOff);
    }

    private static List<(int EnStart, int EnCount, int JaStart, int JaCount, long Cost)> Bits(PassBeads beads) =>
        Enumerable.Range(0, beads.Count)
            .Select(k => (beads[k].EnStart, beads[k].EnCount, beads[k].JaStart, beads[k].JaCount, BitConverter.DoubleToInt64Bits(beads[k].Cost)))
            .ToList();
}
