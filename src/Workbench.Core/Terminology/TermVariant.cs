namespace Workbench.Core.Terminology;

/// <summary>One spelling in a cluster, how often it occurs and where.</summary>
public sealed record TermVariant(string Text, int Count, IReadOnlyList<TermLocation> Locations);
