using Workbench.Core.Alignment.Search;

namespace Workbench.Core.Tests.Alignment.Search;

public sealed class LengthModelTests
{
    /// <summary>The hand-written selection the re-estimate uses finds, for every index, the value Array.Sort puts there:
    /// one value, repeats, negatives, already sorted and reversed input, few distinct values (many ties) and random
    /// lengths.</summary>
    [Fact]
    public void Its_selection_of_doubles_agrees_with_Array_Sort()
    {
        var random = new Random(12);
        List<double[]> cases = [[1.5], [2, 1], [1, 2, 3, 4, 5, 6, 7], [7, 6, 5, 4, 3, 2, 1], [0.5, 0.5, -0.5, 0.5], [3, 3, 3, 3]];
        for (var n = 0; n < 120; n++)
        {
            var length = random.Next(1, 400);
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
            var sorted = (double[])values.Clone();
            Array.Sort(sorted);
            for (var k = 0; k < values.Length; k++)
            {
                Assert.Equal(sorted[k], LengthModel.SelectFinite((double[])values.Clone(), k));
            }
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => LengthModel.SelectFinite([1.0, 2.0], 2));
    }
}
