using Workbench.Core.Documents;
using Workbench.Core.Terminology;

namespace Workbench.Core.Search;

/// <summary>A stored pair similar to the query: its percentage, the stored sentence's diff to the query
/// (Removed: only in the memory, Added: only in the query) and the stored translation.</summary>
public sealed record FuzzyMatch(AlignedPair Pair, int Percentage, string Source, string Translation, IReadOnlyList<DiffSpan> Diff);
