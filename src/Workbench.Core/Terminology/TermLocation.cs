namespace Workbench.Core.Terminology;

/// <summary>A document and the 0-based index of its Japanese segment.</summary>
public sealed record TermLocation(string Document, int Segment);
