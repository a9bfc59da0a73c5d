using Workbench.Core.Documents;

namespace Workbench.Core.Search;

/// <summary>The analysis of a file against the memory: every band's row, in <see cref="AnalysisBand.All"/> order.</summary>
public sealed record AnalysisReport(Language Language, IReadOnlyList<AnalysisRow> Rows)
{
    public int TotalSegments => Rows.Sum(r => r.Segments);

    public int TotalUnits => Rows.Sum(r => r.Units);

    public AnalysisRow this[AnalysisBand band] => Rows.Single(r => r.Band == band);
}
