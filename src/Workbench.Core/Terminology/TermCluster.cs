namespace Workbench.Core.Terminology;

/// <summary>
/// Variants that are probably one term written inconsistently, most frequent first: what <c>workbench terms</c>
/// reports and the review UI's terms panel lists.
/// </summary>
/// <param name="Source">The English term when the cluster is anchored on aligned English, otherwise null.</param>
/// <param name="Kind">Why the variants were grouped.</param>
/// <param name="Variants">Each spelling with its count and locations, most frequent first.</param>
/// <param name="Score">Likelihood (0..1) that the cluster is a real slip; reports are ordered by it and, by default,
/// keep only clusters at or above <see cref="TermDetectionOptions.MinimumScore"/>.</param>
/// <param name="Evidence">Why, in words: <c>gloss: Europe</c>, <c>shared stem: 取引 … 抑止</c>,
/// <c>transliterates "Brewer"</c>, <c>in 2 documents</c>.</param>
public sealed record TermCluster(string? Source, TermClusterKind Kind, IReadOnlyList<TermVariant> Variants, double Score, string Evidence);
