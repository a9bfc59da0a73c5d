namespace Workbench.Core.Terminology;

/// <summary>Where a finding is: the document, the Japanese (or English) segment, and the source file line for CI.</summary>
/// <param name="Segment">0-based index of the first Japanese segment of the pair (English when there is none).</param>
/// <param name="File">Path of the imported Japanese file (English for English-only pairs), when known.</param>
/// <param name="Line">1-based line in <paramref name="File"/>, when known.</param>
public sealed record FindingLocation(string Document, int Segment, string? File, int? Line);
