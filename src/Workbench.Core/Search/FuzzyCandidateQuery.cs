using Workbench.Core.Documents;

namespace Workbench.Core.Search;

/// <summary>A request for fuzzy candidates: which side, the query's distinct grams, a length window and a count bound.</summary>
public sealed record FuzzyCandidateQuery(
    Language Language,
    IReadOnlyList<string> Grams,
    int MinLength,
    int MaxLength,
    int MinShared,
    int MaxCandidates);
