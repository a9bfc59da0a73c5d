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
        var table = new SharedEvidenceTable(evidence, rectangle, band, previous: null);
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

    /// <summary>
    /// A table that takes over an earlier table's arrays (a wider band, then a narrower one over another stretch, then a
    /// wider one, and after keys were added to the document as induction adds them) gives every pair sum and exact union
    /// a table of its own gives, to the bit: nothing it reads is left over from the earlier table.
    /// </summary>
    [Fact]
    public void A_table_over_an_earlier_tables_arrays_equals_a_fresh_one()
    {
        var options = AlignerOptions.Default;
        var lexicon = LexiconIndex.Build(JmdictLexiconLoader.Bundled, [], options);
        var documents = SharedData.Documents(SharedData.NictDev).Take(3).ToList();
        var english = documents.SelectMany(d => d.English).ToList();
        var japanese = documents.SelectMany(d => d.Japanese).ToList();
        var evidence = EvidenceExtractor.Extract(english, japanese, options, lexicon);
        var whole = new Rectangle(3, english.Count, 2, japanese.Count);
        var part = new Rectangle(40, english.Count - 30, 25, japanese.Count - 20);
        SharedEvidenceTable? previous = null;
        var compared = 0;
        foreach (var (radius, rectangle) in new[] { (12, whole), (2, part), (12, whole), (6, part) })
        {
            if (radius == 6)
            {
                // A key the document did not have, shared by a few sentence pairs, as induction adds them between passes.
                var key = evidence.Weights.Count;
                evidence.Weights.Add(2.5);
                for (var k = 10; k < 40; k += 3)
                {
                    evidence.EnglishKeys[k] = [.. evidence.EnglishKeys[k], key];
                    evidence.JapaneseKeys[k + 1] = [.. evidence.JapaneseKeys[k + 1], key];
                }
            }

            var band = Band.AroundPath(AnchorFinder.Find(evidence, rectangle, options), rectangle.Rows, rectangle.Columns, radius);
            var reused = new SharedEvidenceTable(evidence, rectangle, band, previous);
            var fresh = new SharedEvidenceTable(evidence, rectangle, band, previous: null);
            foreach (var (enCount, jaCount) in new[] { (1, 1), (2, 1), (1, 2), (2, 2) })
            {
                for (var row = enCount; row <= rectangle.Rows; row++)
                {
                    for (var column = Math.Max(jaCount, band.Low[row]); column <= band.High[row]; column++)
                    {
                        var (en, ja) = (row - enCount, column - jaCount);
                        var sum = fresh.PairSum(en, enCount, ja, jaCount);
                        Assert.Equal(BitConverter.DoubleToInt64Bits(sum), BitConverter.DoubleToInt64Bits(reused.PairSum(en, enCount, ja, jaCount)));
                        Assert.Equal(
                            BitConverter.DoubleToInt64Bits(fresh.Exact(en, enCount, ja, jaCount, sum)),
                            BitConverter.DoubleToInt64Bits(reused.Exact(en, enCount, ja, jaCount, sum)));
                        Assert.Equal(
                            BitConverter.DoubleToInt64Bits(fresh.ExactUnion(en, enCount, ja, jaCount)),
                            BitConverter.DoubleToInt64Bits(reused.ExactUnion(en, enCount, ja, jaCount)));
                        compared++;
                    }
                }
            }

            previous = reused;
        }

        Assert.True(compared > 20_000, $"{compared} beads compared");
    }

    /// <summary>
    /// On a band big enough for the fill to be shared between threads (over 50,000 cells: two chunks at least, and the
    /// repeat flags are then found beside the fill), a two-line span needs the exact union exactly where its first line
    /// shares a key with one of the next two lines of its side, as a plain scan of the keys says.
    /// </summary>
    [Fact]
    public void Spans_need_the_union_where_a_plain_scan_finds_a_repeated_key()
    {
        var options = AlignerOptions.Default;
        var lexicon = LexiconIndex.Build(JmdictLexiconLoader.Bundled, [], options);
        var documents = SharedData.Documents(SharedData.NictDev);
        var english = documents.SelectMany(d => d.English).ToList();
        var japanese = documents.SelectMany(d => d.Japanese).ToList();
        var evidence = EvidenceExtractor.Extract(english, japanese, options, lexicon);
        var rectangle = new Rectangle(0, english.Count, 0, japanese.Count);
        var band = Band.AroundPath(AnchorFinder.Find(evidence, rectangle, options), rectangle.Rows, rectangle.Columns, options.BandRadius);
        var table = new SharedEvidenceTable(evidence, rectangle, band, previous: null);
        static bool Repeats(int[][] keys, int k) =>
            Enumerable.Range(k + 1, 2).Any(next => next < keys.Length && keys[k].Intersect(keys[next]).Any());

        var repeated = 0;
        for (var en = 0; en + 2 <= english.Count; en++)
        {
            Assert.Equal(Repeats(evidence.EnglishKeys, en), table.NeedsUnion(en, 2, 0, 1, pairSum: 1));
            repeated += Repeats(evidence.EnglishKeys, en) ? 1 : 0;
        }

        for (var ja = 0; ja + 2 <= japanese.Count; ja++)
        {
            Assert.Equal(Repeats(evidence.JapaneseKeys, ja), table.NeedsUnion(0, 1, ja, 2, pairSum: 1));
            repeated += Repeats(evidence.JapaneseKeys, ja) ? 1 : 0;
        }

        Assert.True(band.CellCount > 50_000 && repeated > 100, $"{band.CellCount} cells, {repeated} spans with a repeat");
    }
}
