using Workbench.Core.Alignment;
using Workbench.Core.Documents;

namespace Workbench.Benchmarks;

/// <summary>Policy-journalism-sized pairs (about 120 English and 60 Japanese characters, some two-sentence beads),
/// generated lazily so the source holds nothing but a small pool of texts.</summary>
internal static class GeneratedPairs
{
    private const int PoolSize = 1000;
    private const int DocumentSize = 100_000;

    private static readonly string[] EnglishPool = [.. Enumerable.Range(0, PoolSize).Select(i =>
        $"In sentence {i}, the alliance's deterrence posture depends on credible commitments & \"forward\" <deployed> forces.")];

    private static readonly string[] JapanesePool = [.. Enumerable.Range(0, PoolSize).Select(i =>
        $"第{i}文では、同盟の抑止態勢は信頼できる約束と「前方」展開戦力にかかっている。")];

    private static readonly DateTimeOffset Edited = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static IEnumerable<AlignedPair> Stream(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Make(i);
        }
    }

    /// <summary>The pairs as documents of <see cref="DocumentSize"/> links, for loading a database.</summary>
    public static IEnumerable<NewDocument> Documents(int count)
    {
        for (var start = 0; start < count; start += DocumentSize)
        {
            var size = Math.Min(DocumentSize, count - start);
            var english = new List<Segment>(size);
            var japanese = new List<Segment>(size);
            var links = new List<AlignmentLink>(size);
            for (var i = 0; i < size; i++)
            {
                english.Add(new Segment(i, i, i + 1, EnglishPool[(start + i) % PoolSize]));
                japanese.Add(new Segment(i, i, i + 1, JapanesePool[(start + i) % PoolSize]));
                links.Add(new AlignmentLink(new Bead(i, 1, i, 1, 0.9), LinkStatus.Confirmed, Edited));
            }

            yield return new NewDocument($"doc-{start / DocumentSize:D3}", null, null, english, japanese, links);
        }
    }

    private static AlignedPair Make(int i)
    {
        var twoSentences = i % 10 == 0;
        var english = twoSentences
            ? new[] { new Segment(0, 0, 1, EnglishPool[i % PoolSize]), new Segment(1, 0, 1, EnglishPool[(i + 1) % PoolSize]) }
            : new[] { new Segment(0, 0, 1, EnglishPool[i % PoolSize]) };
        var japanese = new[] { new Segment(0, 0, 1, JapanesePool[i % PoolSize]) };
        var bead = new Bead(0, english.Length, 0, 1, (i % 100) / 100.0);
        return new AlignedPair($"doc-{i / DocumentSize:D3}", new AlignmentLink(bead, LinkStatus.Confirmed, Edited), english, japanese);
    }
}
