using Workbench.Core.Alignment;
using Workbench.Core.Alignment.Evidence;
using Workbench.Core.Alignment.Search;
using Workbench.Core.Lexicon;

namespace Workbench.Core.Tests.Alignment.Search;

public sealed class SharedEvidenceTableTests
{
    /// <summary>
    /// A row of pair sums at a time equals each bead's own pair sum to the bit, for every shape and every row of a
    /// narrow band and of a wide one, over a stretch that starts inside the document: the band's beads and a few
    /// columns past it on both sides, whose pairs lie outside the table (the slow path).
    /// </summary>
    [Theory]
    [InlineData(2)]
    [InlineData(12)]
    public void Row_sums_equal_each_beads_pair_sum_to_the_bit(int radius)
    {
        var options = AlignerOptions.Default;
        var lexicon = LexiconIndex.Build(JmdictLexiconLoader.Bundled, [], options);
        var documents = SharedData.Documents(SharedData.NictDev).Take(4).ToList();
        var english = documents.SelectMany(d => d.English).ToList();
        var japanese = documents.SelectMany(d => d.Japanese).ToList();
        var evidence = EvidenceExtractor.Extract(english, japanese, options, lexicon);
        var rectangle = new Rectangle(7, english.Count, 5, japanese.Count);
        var band = Band.AroundPath(AnchorFinder.Find(evidence, rectangle, options), rectangle.Rows, rectangle.Columns, radius);
        var table = new SharedEvidenceTable(evidence, rectangle, band, []);
        var (compared, edges, nonZero) = (0, 0, 0);
        foreach (var (enCount, jaCount) in new[] { (1, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3) })
        {
            for (var row = enCount; row <= rectangle.Rows; row++)
            {
                var from = row - enCount;
                var low = Math.Max(jaCount, Math.Max(band.Low[row], band.Low[from] + jaCount) - 4);
                var high = Math.Min(rectangle.Columns, Math.Min(band.High[row], band.High[from] + jaCount) + 4);
                if (low > high)
                {
                    continue;
                }

                var sums = new double[high - low + 1];
                table.PairSums(from, enCount, low - jaCount, jaCount, sums);
                for (var column = low; column <= high; column++)
                {
                    var expected = table.PairSum(from, enCount, column - jaCount, jaCount);
                    Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(sums[column - low]));
                    compared++;
                    nonZero += expected > 0 ? 1 : 0;
                    edges += column < band.Low[row] || column > band.High[row] ? 1 : 0;
                }
            }
        }

        Assert.True(compared > 10_000 && nonZero > compared / 20 && edges > 1_000, $"{compared} sums, {nonZero} non-zero, {edges} past the band");
    }
}
