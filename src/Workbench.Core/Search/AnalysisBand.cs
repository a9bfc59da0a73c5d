namespace Workbench.Core.Search;

/// <summary>A row of the analysis table: fuzzy bands from <see cref="Lowest"/> to <see cref="Highest"/> percent, or
/// repetitions inside the analysed file.</summary>
public sealed record AnalysisBand(string Label, int Lowest, int Highest)
{
    public static AnalysisBand NoMatch { get; } = new("no match", 0, 49);

    public static AnalysisBand Repetitions { get; } = new("repetitions", -1, -1);

    /// <summary>The bands translators quote prices from, best first, then "no match" and repetitions.</summary>
    public static IReadOnlyList<AnalysisBand> All { get; } =
    [
        new("100%", 100, 100),
        new("95–99%", 95, 99),
        new("85–94%", 85, 94),
        new("75–84%", 75, 84),
        new("50–74%", 50, 74),
        NoMatch,
        Repetitions,
    ];

    /// <summary>The lowest percentage that is still a match in the analysis.</summary>
    public const int MinimumMatch = 50;

    public static AnalysisBand For(int percentage) =>
        All.First(band => band != Repetitions && percentage >= band.Lowest && percentage <= band.Highest);
}
