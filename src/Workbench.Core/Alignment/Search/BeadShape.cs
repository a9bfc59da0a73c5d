namespace Workbench.Core.Alignment.Search;

/// <summary>A kind of bead the dynamic programme may use: how many sentences it takes from each side, and its prior cost.</summary>
internal readonly record struct BeadShape(int English, int Japanese, double Penalty)
{
    public bool IsNull => English == 0 || Japanese == 0;

    /// <summary>Two lines of one side with one of the other: 1-2 or 2-1.</summary>
    public bool IsMerge => English + Japanese == 3 && English > 0 && Japanese > 0;

    public static BeadShape[] From(AlignerOptions options)
    {
        BeadShape[] shapes =
        [
            new(1, 1, 0),
            new(1, 0, options.SkipCost),
            new(0, 1, options.SkipCost),
            new(2, 1, options.MergePenalty),
            new(1, 2, options.MergePenalty),
            new(2, 2, options.DoubleMergePenalty),
        ];
        return options.AllowTripleMerges
            ? [.. shapes, new(3, 1, options.TripleMergePenalty), new(1, 3, options.TripleMergePenalty)]
            : shapes;
    }
}
