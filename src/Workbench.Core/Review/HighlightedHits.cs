using System.Collections;
using Workbench.Core.Documents;
using Workbench.Core.Search;

namespace Workbench.Core.Review;

/// <summary>Pairs known to match, highlighted when first read: a search that matches most of a long document lists
/// every bead at once, yet only the hits on screen need their spans.</summary>
internal sealed class HighlightedHits(IReadOnlyList<AlignedPair> pairs, PairMatcher matcher) : IReadOnlyList<ConcordanceHit>
{
    private readonly ConcordanceHit?[] hits = new ConcordanceHit?[pairs.Count];

    public int Count => pairs.Count;

    public ConcordanceHit this[int index] => hits[index] ??= matcher.Highlight(pairs[index]);

    public IEnumerator<ConcordanceHit> GetEnumerator()
    {
        for (var i = 0; i < pairs.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
