using Workbench.Core.Documents;

namespace Workbench.Core.Search;

/// <summary>
/// The concordance and fuzzy index of a translation memory, the part a storage backend implements. It holds every
/// pair that has both sides and is not rejected, and is kept in step with every write to the memory (imports,
/// reviewer edits, undo/redo, replaced and deleted documents) in the same transaction as the write.
/// <para>Keys and grams are computed by Core (<see cref="SearchKeys"/>, <see cref="FuzzyKeys"/>), never by the
/// backend, so every backend matches alike; a backend only stores and intersects them. Scoring is Core's too
/// (<see cref="FuzzyMatcher"/>): the backend returns candidates.</para>
/// </summary>
public interface IMemorySearchIndex
{
    /// <summary>
    /// Pairs whose English key contains <see cref="ConcordanceQuery.EnglishKey"/> or whose Japanese key contains
    /// <see cref="ConcordanceQuery.JapaneseKey"/> as a substring (keys of any length, one character and up), confirmed
    /// pairs first, then the most recently written, at most <see cref="ConcordanceQuery.Limit"/>. Never scans the
    /// whole memory.
    /// </summary>
    IReadOnlyList<AlignedPair> FindContaining(ConcordanceQuery query);

    /// <summary>
    /// Pairs whose <see cref="FuzzyCandidateQuery.Language"/> side has a length (<see cref="FuzzyKeys.Length"/>) in
    /// [MinLength, MaxLength] and shares at least <see cref="FuzzyCandidateQuery.MinShared"/> of the query's grams,
    /// most shared grams first, at most <see cref="FuzzyCandidateQuery.MaxCandidates"/>. A backend may leave out
    /// grams too frequent to read quickly; it then lowers the bound by their number and reports
    /// <see cref="FuzzyCandidates.Exhaustive"/> false.
    /// </summary>
    FuzzyCandidates FindSimilar(FuzzyCandidateQuery query);

    /// <summary>How many pairs the index holds.</summary>
    long CountPairs();
}
