namespace Workbench.Core.Alignment.Search;

/// <summary>
/// The cells the dynamic programme visits: for each row (English sentences consumed) a range of columns (Japanese
/// sentences consumed) around a centre path. Both bounds never decrease, so every path inside stays connected, and
/// the number of cells grows linearly with the document.
/// </summary>
internal sealed class Band
{
    private Band(int[] low, int[] high)
    {
        Low = low;
        High = high;
        Offsets = new int[low.Length + 1];
        for (var row = 0; row < low.Length; row++)
        {
            Offsets[row + 1] = Offsets[row] + (high[row] - low[row] + 1);
        }
    }

    public int[] Low { get; }

    public int[] High { get; }

    /// <summary>Index of each row's first cell in a flat array of all cells.</summary>
    public int[] Offsets { get; }

    public int CellCount => Offsets[^1];

    public bool Contains(int row, int column) => column >= Low[row] && column <= High[row];

    public int Cell(int row, int column) => Offsets[row] + (column - Low[row]);

    /// <summary>Every cell of the stretch: for stretches small enough that banding would only risk missing the path.</summary>
    public static Band Full(int rows, int columns)
    {
        var low = new int[rows + 1];
        var high = new int[rows + 1];
        Array.Fill(high, columns);
        return new Band(low, high);
    }

    /// <summary>A band of <paramref name="radius"/> around the polyline through <paramref name="points"/> (local, sorted by row then column).</summary>
    public static Band AroundPath((int Row, int Column)[] points, int rows, int columns, int radius)
    {
        // Each row's lowest and highest column on the path, then, in the same arrays (a long document's band is
        // fresh memory: no copies), its bounds.
        var low = new int[rows + 1];
        var high = new int[rows + 1];
        Array.Fill(low, int.MaxValue);
        Array.Fill(high, int.MinValue);
        void Touch(int row, double column)
        {
            low[row] = Math.Min(low[row], (int)Math.Floor(column));
            high[row] = Math.Max(high[row], (int)Math.Ceiling(column));
        }

        // The polyline runs from (0, 0) through the points to (rows, columns).
        (int Row, int Column) Point(int k) => k == 0 ? (0, 0) : k <= points.Length ? points[k - 1] : (rows, columns);
        for (var k = 1; k <= points.Length + 1; k++)
        {
            var (r1, c1) = Point(k - 1);
            var (r2, c2) = Point(k);
            if (r2 == r1)
            {
                Touch(r1, c1);
                Touch(r1, c2);
                continue;
            }

            var slope = (double)(c2 - c1) / (r2 - r1);
            for (var row = r1; row <= r2; row++)
            {
                Touch(row, c1 + (slope * (Math.Max(row - 1, r1) - r1)));
                Touch(row, c1 + (slope * (Math.Min(row + 1, r2) - r1)));
            }
        }

        for (var row = 0; row <= rows; row++)
        {
            low[row] = Math.Clamp(low[row] - radius, 0, columns);
            high[row] = Math.Clamp(high[row] + radius, 0, columns);
        }

        low[0] = 0;
        high[rows] = columns;
        for (var row = rows - 1; row >= 0; row--)
        {
            low[row] = Math.Min(low[row], low[row + 1]);
        }

        for (var row = 1; row <= rows; row++)
        {
            high[row] = Math.Max(high[row], high[row - 1]);
        }

        for (var row = 0; row < rows; row++)
        {
            high[row] = Math.Max(high[row], low[row + 1]);
        }

        return new Band(low, high);
    }
}
