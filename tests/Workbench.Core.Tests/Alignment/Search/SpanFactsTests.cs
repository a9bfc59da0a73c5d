using Workbench.Core.Alignment.Evidence;
using Workbench.Core.Alignment.Search;

namespace Workbench.Core.Tests.Alignment.Search;

public sealed class SpanFactsTests
{
    [Fact]
    public void Every_span_reads_what_summing_its_lines_gives()
    {
        var random = new Random(11);
        var kinds = Enum.GetValues<LineKind>();
        const int lines = 500;
        var lengths = Enumerable.Range(0, lines).Select(_ => random.Next(200)).ToArray();
        var sentences = Enumerable.Range(0, lines).Select(_ => random.Next(4)).ToArray();
        var lineKinds = Enumerable.Range(0, lines).Select(_ => kinds[random.Next(kinds.Length)]).ToArray();
        var logChars = Enumerable.Range(0, (3 * 200) + 1).Select(chars => Math.Log(chars + 20.0)).ToArray();
        var facts = new SpanFacts(Sums(lengths), Sums(sentences), lineKinds, longestSpan: 3, logChars);

        for (var end = 0; end <= lines; end++)
        {
            for (var size = 1; size <= Math.Min(3, end); size++)
            {
                var span = new Range(end - size, end);
                Assert.Equal(Math.Log(lengths[span].Sum() + 20.0), facts.Log(end, size));
                Assert.Equal(sentences[span].Sum(), facts.Sentences(end, size));
                Assert.Equal(lineKinds[span].Contains(LineKind.Credit), facts.HasCredit(end, size));
            }
        }
    }

    private static int[] Sums(int[] values)
    {
        var sums = new int[values.Length + 1];
        for (var k = 0; k < values.Length; k++)
        {
            sums[k + 1] = sums[k] + values[k];
        }

        return sums;
    }
}
