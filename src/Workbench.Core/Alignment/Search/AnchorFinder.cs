using Workbench.Core.Alignment.Evidence;

namespace Workbench.Core.Alignment.Search;

/// <summary>
/// Finds sentence pairs that share rare evidence (a number, a name occurring once or twice on each side) and keeps
/// the heaviest monotonic chain of them: the centre line of the first pass's band. On a partial original or a
/// document with long unmatched runs, the diagonal is far from the true path; these anchors are not.
/// </summary>
internal static class AnchorFinder
{
    public static List<(int Row, int Column)> Find(DocumentEvidence evidence, Rectangle rectangle, AlignerOptions options)
    {
        var englishFrequency = new Dictionary<int, List<int>>();
        var japaneseFrequency = new Dictionary<int, List<int>>();
        Post(evidence.EnglishKeys, rectangle.EnStart, rectangle.EnEnd, englishFrequency);
        Post(evidence.JapaneseKeys, rectangle.JaStart, rectangle.JaEnd, japaneseFrequency);

        var candidates = new HashSet<(int En, int Ja)>();
        foreach (var (key, englishSentences) in englishFrequency)
        {
            if (englishSentences.Count > options.AnchorMaxKeyFrequency
                || !japaneseFrequency.TryGetValue(key, out var japaneseSentences)
                || japaneseSentences.Count > options.AnchorMaxKeyFrequency)
            {
                continue;
            }

            foreach (var en in englishSentences)
            {
                foreach (var ja in japaneseSentences)
                {
                    candidates.Add((en, ja));
                }
            }
        }

        var scored = candidates
            .Select(c => (c.En, c.Ja, Score: evidence.Shared(c.En, c.Ja)))
            .Where(c => c.Score >= options.AnchorMinEvidence)
            .OrderBy(c => c.En)
            .ThenByDescending(c => c.Ja)
            .ToList();
        return HeaviestChain(scored, rectangle);
    }

    private static void Post(int[][] keys, int start, int end, Dictionary<int, List<int>> postings)
    {
        for (var sentence = start; sentence < end; sentence++)
        {
            foreach (var key in keys[sentence])
            {
                if (!postings.TryGetValue(key, out var list))
                {
                    list = [];
                    postings.Add(key, list);
                }

                list.Add(sentence);
            }
        }
    }

    /// <summary>Weighted longest increasing subsequence with a Fenwick tree of prefix maxima over columns.</summary>
    private static List<(int Row, int Column)> HeaviestChain(List<(int En, int Ja, double Score)> candidates, Rectangle rectangle)
    {
        var size = rectangle.Columns + 1;
        var treeScore = new double[size + 1];
        var treeIndex = new int[size + 1];
        Array.Fill(treeIndex, -1);
        var chainScore = new double[candidates.Count];
        var previous = new int[candidates.Count];
        for (var k = 0; k < candidates.Count; k++)
        {
            var column = candidates[k].Ja - rectangle.JaStart;
            var (bestScore, bestIndex) = (0.0, -1);
            for (var i = column; i > 0; i -= i & -i)
            {
                if (treeScore[i] > bestScore)
                {
                    (bestScore, bestIndex) = (treeScore[i], treeIndex[i]);
                }
            }

            chainScore[k] = bestScore + candidates[k].Score;
            previous[k] = bestIndex;
            for (var i = column + 1; i <= size; i += i & -i)
            {
                if (chainScore[k] > treeScore[i])
                {
                    (treeScore[i], treeIndex[i]) = (chainScore[k], k);
                }
            }
        }

        var chain = new List<(int Row, int Column)>();
        var last = candidates.Count == 0 ? -1 : Enumerable.Range(0, candidates.Count).MaxBy(k => chainScore[k]);
        for (var k = last; k >= 0; k = previous[k])
        {
            chain.Add((candidates[k].En - rectangle.EnStart + 1, candidates[k].Ja - rectangle.JaStart + 1));
        }

        chain.Reverse();
        return chain;
    }
}
