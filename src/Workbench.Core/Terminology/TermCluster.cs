namespace Workbench.Core.Terminology;

/// <summary>Variants that are probably one term written inconsistently, most frequent first.</summary>
/// <param name="Source">The English term when the cluster comes from aligned pairs, otherwise null.</param>
/// <param name="Score">Likelihood (0..1) that the cluster is a real slip; reports are ordered by it.</param>
public sealed record TermCluster(string? Source, TermClusterKind Kind, IReadOnlyList<TermVariant> Variants, double Score);
