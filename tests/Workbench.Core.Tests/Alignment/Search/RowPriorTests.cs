using Workbench.Core.Alignment;
using Workbench.Core.Alignment.Evidence;
using Workbench.Core.Alignment.Search;

namespace Workbench.Core.Tests.Alignment.Search;

public sealed class RowPriorTests
{
    /// <summary>
    /// A row of prior costs priced in one loop equals each bead's own prior cost to the bit, for every linking shape,
    /// every row and every stretch of columns of a random document with credits, fragments, glued headings, lines of
    /// several sentences and an unfinished last line.
    /// </summary>
    [Fact]
    public void A_row_of_prior_costs_equals_each_beads_own()
    {
        var random = new Random(17);
        var kinds = Enum.GetValues<LineKind>();
        var options = AlignerOptions.Default;
        var (englishLines, japaneseLines) = (120, 130);
        int[] Sums(int count, Func<int> value)
        {
            var sums = new int[count + 1];
            for (var k = 0; k < count; k++)
            {
                sums[k + 1] = sums[k] + value();
            }

            return sums;
        }

        var englishChars = Sums(englishLines, () => random.Next(300));
        var japaneseChars = Sums(japaneseLines, () => random.Next(150));
        var englishSentences = Sums(englishLines, () => 1 + random.Next(3));
        var japaneseSentences = Sums(japaneseLines, () => 1 + random.Next(3));
        var englishKinds = Enumerable.Range(0, englishLines).Select(_ => kinds[random.Next(kinds.Length)]).ToArray();
        var japaneseKinds = Enumerable.Range(0, japaneseLines).Select(_ => kinds[random.Next(kinds.Length)]).ToArray();
        var logChars = Enumerable.Range(0, (2 * 300) + 1).Select(chars => Math.Log(chars + options.LengthSmoothingChars)).ToArray();
        var facts = new PriorFacts
        {
            EnglishSpans = new SpanFacts(englishChars, englishSentences, englishKinds, 2, logChars),
            JapaneseSpans = new SpanFacts(japaneseChars, japaneseSentences, japaneseKinds, 2, logChars),
            EnglishKinds = englishKinds,
            JapaneseKinds = japaneseKinds,
            EnglishChars = englishChars,
            JapaneseChars = japaneseChars,
            EnglishGluedHeadings = Enumerable.Range(0, englishLines).Select(_ => random.Next(3) == 0).ToArray(),
            EnglishEndsUnfinished = true,
            SentenceDifferenceCost = 0.7,
            Options = options,
        };
        var length = new LengthModel(1.9, 0.4, options.LengthSmoothingChars);
        var (compared, discounted) = (0, 0);
        foreach (var shape in BeadShape.From(options).Where(shape => !shape.IsNull))
        {
            for (var en = shape.English; en <= englishLines; en++)
            {
                var prior = new RowPrior(facts, shape, en, length);
                var first = shape.Japanese + random.Next(5);
                var costs = new double[japaneseLines - first + 1];
                prior.AtEach(first, costs);
                for (var k = 0; k < costs.Length; k++)
                {
                    Assert.Equal(BitConverter.DoubleToInt64Bits(prior.At(first + k)), BitConverter.DoubleToInt64Bits(costs[k]));
                    compared++;
                    discounted += costs[k] < shape.Penalty ? 1 : 0;
                }
            }
        }

        Assert.True(compared > 40_000 && discounted > 0, $"{compared} costs, {discounted} below the shape's penalty");
    }
}
