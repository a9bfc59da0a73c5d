using Workbench.Core.Alignment.Evidence;

namespace Workbench.Core.Alignment.Search;

/// <summary>
/// Finds sentence pairs that share rare evidence (a number, a name occurring once or twice on each side) and keeps
/// the heaviest monotonic chain of them: the centre line of the first pass's band. On a partial original or a
/// document with long unmatched runs, the diagonal is far from the true path; these anchors are not.
/// </summary>
internal static class AnchorFinder
{
    public static (int Row, int Column)[] Find(DocumentEvidence evidence, Rectangle rectangle, AlignerOptions options)
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
        // Arrays, plain loops and span sorts throughout: a ReadyToRun build compiles List<long>,
        // List<(int, int, double)>, Array.Sort<long> and LINQ over them at run time, ≈ 0.3-1 ms each (issue 12).
        var pairs = new long[Math.Max(16, englishPostings.Length)];
        var pairCount = 0;
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
                    if (pairCount == pairs.Length)
                    {
                        var bigger = new long[pairs.Length * 2];
                        Array.Copy(pairs, bigger, pairCount);
                        pairs = bigger;
                    }

                    pairs[pairCount++] = ((long)PostingSentence(englishPostings[e]) << 32) | (uint)(int.MaxValue - PostingSentence(japanesePostings[k]));
                }
            }

            j = japaneseEnd;
        }

        var ordered = pairs;
        SortLongs(ordered, pairCount);
        var scored = new (int En, int Ja, double Score)[pairCount];
        var scoredCount = 0;
        for (var k = 0; k < pairCount; k++)
        {
            if (k > 0 && ordered[k] == ordered[k - 1])
            {
                continue;
            }

            var (en, ja) = ((int)(ordered[k] >> 32), int.MaxValue - (int)(ordered[k] & 0xFFFF_FFFF));
            var score = evidence.Shared(en, ja);
            if (score >= options.AnchorMinEvidence)
            {
                scored[scoredCount++] = (en, ja, score);
            }
        }

        return HeaviestChain(scored, scoredCount, rectangle);
    }

    /// <summary>Sorts the first <paramref name="count"/> values (<see cref="KeySort"/>).</summary>
    private static void SortLongs(long[] values, int count) => KeySort.Sort(values.AsSpan(0, count));

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
        var count = 0;
        for (var sentence = start; sentence < end; sentence++)
        {
            foreach (var key in keys[sentence])
            {
                count += IsRare(key, frequency, otherFrequency, maxFrequency) ? 1 : 0;
            }
        }

        var postings = new long[count];
        count = 0;
        for (var sentence = start; sentence < end; sentence++)
        {
            foreach (var key in keys[sentence])
            {
                if (IsRare(key, frequency, otherFrequency, maxFrequency))
                {
                    postings[count++] = ((long)key << 32) | (uint)sentence;
                }
            }
        }

        SortLongs(postings, postings.Length);
        return postings;
    }

    private static bool IsRare(int key, int[] frequency, int[] otherFrequency, int maxFrequency) =>
        frequency[key] <= maxFrequency && otherFrequency[key] > 0 && otherFrequency[key] <= maxFrequency;

    private static int PostingKey(long posting) => (int)(posting >> 32);

    private static int PostingSentence(long posting) => (int)(posting & 0xFFFF_FFFF);

    /// <summary>Weighted longest increasing subsequence with a Fenwick tree of prefix maxima over columns.</summary>
    private static (int Row, int Column)[] HeaviestChain((int En, int Ja, double Score)[] candidates, int count, Rectangle rectangle)
    {
        var size = rectangle.Columns + 1;
        var treeScore = new double[size + 1];
        var treeIndex = new int[size + 1];
        Array.Fill(treeIndex, -1);
        var chainScore = new double[count];
        var previous = new int[count];
        for (var k = 0; k < count; k++)
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

        // The first candidate of the highest chain score (as MaxBy chose), then its chain walked back.
        var last = -1;
        for (var k = 0; k < count; k++)
        {
            if (last < 0 || chainScore[k] > chainScore[last])
            {
                last = k;
            }
        }

        var length = 0;
        for (var k = last; k >= 0; k = previous[k])
        {
            length++;
        }

        var chain = new (int Row, int Column)[length];
        for (var k = last; k >= 0; k = previous[k])
        {
            chain[--length] = (candidates[k].En - rectangle.EnStart + 1, candidates[k].Ja - rectangle.JaStart + 1);
        }

        return chain;
    }
}
