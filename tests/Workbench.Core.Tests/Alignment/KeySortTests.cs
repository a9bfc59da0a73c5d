using Workbench.Core.Alignment;

namespace Workbench.Core.Tests.Alignment;

/// <summary><see cref="KeySort"/> against the library's sort, on the shapes that break quicksorts.</summary>
public sealed class KeySortTests
{
    private static readonly string[] ShapeNames = ["random", "few distinct", "sorted", "reversed", "equal", "organ pipe", "sawtooth"];

    public static TheoryData<string> Shapes => [.. ShapeNames];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Ints_sort_as_the_library_sorts_them(string shape)
    {
        var random = new Random(shape.Length);
        foreach (var length in Lengths())
        {
            var keys = Keys(shape, length, random);
            var expected = keys.ToArray();
            Array.Sort(expected);

            KeySort.Sort(keys);

            Assert.Equal(expected, keys);
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Longs_sort_as_the_library_sorts_them(string shape)
    {
        var random = new Random(shape.Length + 100);
        foreach (var length in Lengths())
        {
            // Values above int's range (packed sentence pairs), so a sort that truncated to int would fail.
            var keys = Keys(shape, length, random).Select(key => ((long)key << 32) - key).ToArray();
            var expected = keys.ToArray();
            Array.Sort(expected);

            KeySort.Sort(keys);

            Assert.Equal(expected, keys);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void The_heapsort_fallback_sorts_as_the_library_does(int depth)
    {
        // A depth this small sends every long enough run to the heapsort that guards against quadratic partitioning.
        var random = new Random(depth);
        foreach (var shape in ShapeNames)
        {
            foreach (var length in Lengths())
            {
                var keys = Keys(shape, length, random);
                var expected = keys.ToArray();
                Array.Sort(expected);

                KeySort.IntroSort<int>(keys, depth);

                Assert.Equal(expected, keys);
            }
        }
    }

    /// <summary>Around the insertion-sort limit and the partitions' edges, and a few long runs.</summary>
    private static IEnumerable<int> Lengths() => Enumerable.Range(0, 70).Concat([100, 127, 128, 129, 500, 1_000, 4_099]);

    private static int[] Keys(string shape, int length, Random random) => shape switch
    {
        "random" => [.. Enumerable.Range(0, length).Select(_ => random.Next(int.MinValue, int.MaxValue))],
        "few distinct" => [.. Enumerable.Range(0, length).Select(_ => random.Next(-3, 4))],
        "sorted" => [.. Enumerable.Range(-length / 2, length)],
        "reversed" => [.. Enumerable.Range(0, length).Select(k => length - k)],
        "equal" => [.. Enumerable.Repeat(42, length)],
        "organ pipe" => [.. Enumerable.Range(0, length).Select(k => Math.Min(k, length - k))],
        "sawtooth" => [.. Enumerable.Range(0, length).Select(k => k % 17)],
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };
}
