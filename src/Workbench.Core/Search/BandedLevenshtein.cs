namespace Workbench.Core.Search;

/// <summary>
/// Levenshtein distance (insert, delete, substitute, each 1) between two unit sequences, computed only within
/// <c>max</c> cells of the diagonal and abandoned as soon as every cell of a row exceeds <c>max</c>: O(n·max) time,
/// O(max) memory. Units are compared as integers (see <see cref="FuzzyScore"/> for how they are numbered).
/// </summary>
public static class BandedLevenshtein
{
    /// <summary>The distance, or <paramref name="max"/> + 1 when it exceeds <paramref name="max"/>.</summary>
    public static int Distance(ReadOnlySpan<int> a, ReadOnlySpan<int> b, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (a.Length < b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }

        // a is now the longer sequence.
        if (a.Length - b.Length > max)
        {
            return max + 1;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var beyond = max + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j <= max ? j : beyond;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - max);
            var to = Math.Min(b.Length, i + max);
            current[0] = i <= max ? i : beyond;
            if (from > 1)
            {
                current[from - 1] = beyond;
            }

            var rowMinimum = current[0];
            for (var j = from; j <= to; j++)
            {
                var substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                var delete = previous[j] + 1;
                var insert = current[j - 1] + 1;
                var cell = Math.Min(substitute, Math.Min(delete, insert));
                cell = Math.Min(cell, beyond);
                current[j] = cell;
                rowMinimum = Math.Min(rowMinimum, cell);
            }

            if (to < b.Length)
            {
                current[to + 1] = beyond;
            }

            if (rowMinimum > max)
            {
                return beyond;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], beyond);
    }
}
