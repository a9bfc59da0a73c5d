using Workbench.Core.Search;

namespace Workbench.Core.Review;

/// <summary>What a concordance search from the review found: the hits, best first, and which bead of the reviewed
/// document each one is (-1 for a pair of another document, or one this review no longer holds).</summary>
/// <param name="Query">What the reviewer typed.</param>
/// <param name="WholeMemory">True for a search of every document, false for the reviewed document only.</param>
/// <param name="Hits">The hits, at most the search's limit.</param>
/// <param name="Beads">For each hit, its bead in the reviewed document, or -1.</param>
/// <param name="Truncated">Whether the search stopped at its limit, so more hits may exist.</param>
public sealed record ConcordanceResult(
    string Query,
    bool WholeMemory,
    IReadOnlyList<ConcordanceHit> Hits,
    IReadOnlyList<int> Beads,
    bool Truncated);
