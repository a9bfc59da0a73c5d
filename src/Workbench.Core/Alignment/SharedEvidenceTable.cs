namespace Workbench.Core.Alignment;

/// <summary>
/// The shared evidence of every sentence pair a bead inside the band can hold, computed once: the dynamic
/// programme asks for each pair up to fifteen times (once per bead shape covering it).
/// </summary>
internal sealed class SharedEvidenceTable
{
    /// <summary>The most sentences one side of a bead takes.</summary>
    private const int MaxBeadSide = 3;

    private readonly DocumentEvidence evidence;
    private readonly Rectangle rectangle;
    private readonly int[] first;
    private readonly int[] last;
    private readonly int[] offsets;
    private readonly double[] values;

    public SharedEvidenceTable(DocumentEvidence evidence, Rectangle rectangle, Band band)
    {
        this.evidence = evidence;
        this.rectangle = rectangle;
        var rows = rectangle.Rows;
        first = new int[rows];
        last = new int[rows];
        offsets = new int[rows + 1];
        for (var en = 0; en < rows; en++)
        {
            first[en] = Math.Max(0, band.Low[en + 1] - MaxBeadSide);
            last[en] = Math.Min(rectangle.Columns - 1, band.High[Math.Min(rows, en + MaxBeadSide)] - 1);
            offsets[en + 1] = offsets[en] + Math.Max(0, last[en] - first[en] + 1);
        }

        values = new double[offsets[rows]];
        for (var en = 0; en < rows; en++)
        {
            for (var ja = first[en]; ja <= last[en]; ja++)
            {
                values[offsets[en] + ja - first[en]] = evidence.Shared(rectangle.EnStart + en, rectangle.JaStart + ja);
            }
        }
    }

    /// <summary>Shared evidence of local English sentence <paramref name="en"/> and local Japanese sentence <paramref name="ja"/>.</summary>
    public double Get(int en, int ja) =>
        ja >= first[en] && ja <= last[en]
            ? values[offsets[en] + ja - first[en]]
            : evidence.Shared(rectangle.EnStart + en, rectangle.JaStart + ja);
}
