namespace Workbench.Core.Search;

/// <summary>One band's segment count and word (English) or character (Japanese) count.</summary>
public sealed record AnalysisRow(AnalysisBand Band, int Segments, int Units);
