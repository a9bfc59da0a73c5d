using Workbench.Core.Documents;

namespace Workbench.Core.Search;

/// <summary>Candidates for exact scoring, and whether the index read every gram's postings to find them.</summary>
public sealed record FuzzyCandidates(IReadOnlyList<AlignedPair> Pairs, bool Exhaustive);
