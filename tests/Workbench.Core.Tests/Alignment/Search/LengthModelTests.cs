using Workbench.Core.Alignment.Search;

namespace Workbench.Core.Tests.Alignment.Search;

public sealed class LengthModelTests
{
    /// <summary>The hand-written heap sort the re-estimate uses orders as Array.Sort does: empty, one value, repeats,
    /// negatives, already sorted and reversed input, and random lengths up to past a heap's few levels.</summary>
    [Fact]
    public void Its_sort_of_doubles_agrees_with_Array_Sort()
    {
        var random = new Random(12);
        List<double[]> cases = [[], [1.5], [2, 1], [1, 2, 3, 4, 5, 6, 7], [7, 6, 5, 4, 3, 2, 1], [0.5, 0.5, -0.5, 0.5]];
        for (var n = 0; n < 300; n++)
        {
            var length = random.Next(0, 2_000);
            var values = new double[length];
            for (var k = 0; k < length; k++)
            {
                // Few distinct values in some arrays (many ties), log-ratio-like spreads in others.
                values[k] = n % 3 == 0 ? random.Next(-3, 4) : (random.NextDouble() - 0.5) * 6;
            }

            cases.Add(values);
        }

        foreach (var values in cases)
        {
            var expected = (double[])values.Clone();
            Array.Sort(expected);
            LengthModel.SortFinite(values);
            Assert.Equal(expected, values);
        }
    }
}
