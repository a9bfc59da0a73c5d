using System.Runtime.InteropServices;
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
        // Keys index the document's weights, so counting them takes two arrays, not a dictionary of posting lists.
        var keyCount = evidence.Weights.Count;
        var maxFrequency = options.AnchorMaxKeyFrequency;
        var englishFrequency = Count(evidence.EnglishKeys, rectangle.EnStart, rectangle.EnEnd, keyCount);
        var japaneseFrequency = Count(evidence.JapaneseKeys, rectangle.JaStart, rectangle.JaEnd, keyCount);
        var englishPostings = RarePostings(evidence.EnglishKeys, rectangle.EnStart, rectangle.EnEnd, englishFrequency, japaneseFrequency, maxFrequency);
        var japanesePostings = RarePostings(evidence.JapaneseKeys, rectangle.JaStart, rectangle.JaEnd, japaneseFrequency, englishFrequency, maxFrequency);

        // Every (English, Japanese) sentence pair that shares a rare key, each once, by English sentence and then by
        // Japanese sentence descending: the order the chain is built in.
        var pairs = new List<long>();
        for (int e = 0, j = 0; e < englishPostings.Length && j < japanesePostings.Length;)
        {
            var key = PostingKey(englishPostings[e]);
            var other = PostingKey(japanesePostings[j]);
            if (key != other)
            {
                (e, j) = key < other ? (e + 1, j) : (e, j + 1);
                continue;
            }

            var japaneseEnd = j;
            while (japaneseEnd < japanesePostings.Length && PostingKey(japanesePostings[japaneseEnd]) == key)
            {
                japaneseEnd++;
            }

            for (; e < englishPostings.Length && PostingKey(englishPostings[e]) == key; e++)
            {
                for (var k = j; k < japaneseEnd; k++)
                {
                    pairs.Add(((long)PostingSentence(englishPostings[e]) << 32) | (uint)(int.MaxValue - PostingSentence(japanesePostings[k])));
                }
            }

            j = japaneseEnd;
        }

        var ordered = CollectionsMarshal.AsSpan(pairs);
        ordered.Sort();
        var scored = new List<(int En, int Ja, double Score)>();
        for (var k = 0; k < ordered.Length; k++)
        {
            if (k > 0 && ordered[k] == ordered[k - 1])
            {
                continue;
            }

            var (en, ja) = ((int)(ordered[k] >> 32), int.MaxValue - (int)(ordered[k] & 0xFFFF_FFFF));
            var score = evidence.Shared(en, ja);
            if (score >= options.AnchorMinEvidence)
            {
                scored.Add((en, ja, score));
            }
        }

        return HeaviestChain(scored, rectangle);
    }

    /// <summary>How often each key occurs in the sentences.</summary>
    private static int[] Count(int[][] keys, int start, int end, int keyCount)
    {
        var counts = new int[keyCount];
        for (var sentence = start; sentence < end; sentence++)
        {
            foreach (var key in keys[sentence])
            {
                counts[key]++;
            }
        }

        return counts;
    }

    /// <summary>(key, sentence) for each key rare on both sides, sorted by key, then sentence.</summary>
    private static long[] RarePostings(int[][] keys, int start, int end, int[] frequency, int[] otherFrequency, int maxFrequency)
    {
        var postings = new List<long>();
        for (var sentence = start; sentence < end; sentence++)
        {
            foreach (var key in keys[sentence])
            {
                if (frequency[key] <= maxFrequency && otherFrequency[key] > 0 && otherFrequency[key] <= maxFrequency)
                {
                    postings.Add(((long)key << 32) | (uint)sentence);
                }
            }
        }

        var sorted = postings.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private static int PostingKey(long posting) => (int)(posting >> 32);

    private static int PostingSentence(long posting) => (int)(posting & 0xFFFF_FFFF);

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
