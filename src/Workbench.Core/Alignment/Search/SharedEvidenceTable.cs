using System.Numerics;
using System.Runtime.InteropServices;
using Workbench.Core.Alignment.Evidence;

namespace Workbench.Core.Alignment.Search;

/// <summary>
/// The shared evidence of the two sides of a bead. Each key counts once per bead, however many of its sentences
/// hold it; otherwise a name repeated in neighbouring sentences would pay for gluing them together. Pair values are
/// computed once (the dynamic programme asks for each pair up to fifteen times); only spans whose neighbouring
/// sentences repeat a key need the exact union.
/// </summary>
internal sealed class SharedEvidenceTable
{
    /// <summary>The most sentences one side of a bead takes.</summary>
    private const int MaxBeadSide = 3;

    /// <summary>The fewest pair values one chunk of rows fills: fewer would not pay for handing it to another core.</summary>
    private const int MinChunkCells = 25_000;

    /// <summary>A new scratch row is longer than the weights by this fraction of them: room for the keys induction adds.</summary>
    private const int InducedKeysRoom = 8;

    private readonly DocumentEvidence evidence;
    private readonly Rectangle rectangle;
    private readonly int[] first;
    private readonly int[] last;
    private readonly int[] offsets;
    private readonly double[] values;
    private readonly bool[] englishRepeats;
    private readonly bool[] japaneseRepeats;

    /// <summary>
    /// Zeroed rows as long as the key weights, one per thread that fills rows (<see cref="FillRow"/>); the first is
    /// also the programme's scratch for <see cref="ExactUnion"/>, which runs after the fill. Each is all zero whenever no
    /// call is using it, so a later pass takes them over as they are.
    /// </summary>
    private readonly double[][] scratchRows;

    /// <summary>Scratch for the Japanese keys of a span that the English span holds too.</summary>
    private int[] metKeys = new int[64];

    /// <param name="previous">
    /// The table of an earlier pass over the same document, whose arrays this one takes over where they are big enough
    /// (it is not used again): every entry this table reads, it writes first, and the scratch rows are all zero between
    /// uses. A long document's arrays are tens of MB of fresh memory otherwise, paid for in page faults.
    /// </param>
    public SharedEvidenceTable(DocumentEvidence evidence, Rectangle rectangle, Band band, SharedEvidenceTable? previous)
    {
        this.evidence = evidence;
        this.rectangle = rectangle;
        var rows = rectangle.Rows;
        first = Reuse(previous?.first, rows);
        last = Reuse(previous?.last, rows);
        offsets = Reuse(previous?.offsets, rows + 1);
        offsets[0] = 0;
        for (var en = 0; en < rows; en++)
        {
            first[en] = Math.Max(0, band.Low[en + 1] - MaxBeadSide);
            last[en] = Math.Min(rectangle.Columns - 1, band.High[Math.Min(rows, en + MaxBeadSide)] - 1);
            offsets[en + 1] = offsets[en] + Math.Max(0, last[en] - first[en] + 1);
        }

        values = Reuse(previous?.values, offsets[rows]);
        englishRepeats = Reuse(previous?.englishRepeats, rows);
        japaneseRepeats = Reuse(previous?.japaneseRepeats, rectangle.Columns);

        // Each row's values are independent of the others' and of the repeat flags: big stretches fill them on all
        // cores, with each side's flags as one more chunk (claimed first, they take as long as a few rows' chunks),
        // each thread with a scratch row of its own (ChunkWork makes at most one scratch per core).
        scratchRows = previous?.scratchRows ?? new double[Environment.ProcessorCount][];
        var fillChunks = ChunkWork.BalancedChunks(offsets[rows], MinChunkCells);
        var flagChunks = fillChunks > 1 ? 2 : 0;
        if (flagChunks == 0)
        {
            FindRepeats(evidence.EnglishKeys, rectangle.EnStart, englishRepeats, rows);
            FindRepeats(evidence.JapaneseKeys, rectangle.JaStart, japaneseRepeats, rectangle.Columns);
        }

        var claimed = -1;
        ChunkWork.Run(flagChunks + fillChunks, () => ScratchRow(Interlocked.Increment(ref claimed)), (chunk, scratch) =>
        {
            if (chunk == 0 && flagChunks > 0)
            {
                FindRepeats(evidence.EnglishKeys, rectangle.EnStart, englishRepeats, rows);
                return;
            }

            if (chunk == 1 && flagChunks > 0)
            {
                FindRepeats(evidence.JapaneseKeys, rectangle.JaStart, japaneseRepeats, rectangle.Columns);
                return;
            }

            var (start, end) = ChunkWork.Range(rows, fillChunks, chunk - flagChunks);
            for (var en = start; en < end; en++)
            {
                FillRow(en, scratch);
            }
        });
    }

    /// <summary>
    /// Scratch row <paramref name="index"/>, as long as the weights: the earlier pass's if long enough (induction adds
    /// keys between passes, so a new row gets room for some more). One thread asks for each index.
    /// </summary>
    private double[] ScratchRow(int index)
    {
        var keys = evidence.Weights.Count;
        if (scratchRows[index] is not { } row || row.Length < keys)
        {
            row = new double[keys + (keys / InducedKeysRoom)];
            scratchRows[index] = row;
        }

        return row;
    }

    /// <summary><paramref name="spare"/> if it holds <paramref name="length"/> entries, else a new array (its entries are all written before they are read).</summary>
    private static T[] Reuse<T>(T[]? spare, int length) => spare is not null && spare.Length >= length ? spare : new T[length];

    /// <summary>
    /// One row's pair values, as <see cref="DocumentEvidence.Shared"/> gives them but without merging sorted key
    /// lists: the English sentence's keys are spread into <paramref name="weightIfEnglish"/> (all zero on entry and on
    /// return), and each Japanese sentence sums it over its keys. The sum meets the shared keys in the same ascending
    /// order and adds exact zeros for the others, so it is bit-identical to the merge.
    /// </summary>
    private void FillRow(int en, double[] weightIfEnglish)
    {
        var english = evidence.EnglishKeys[rectangle.EnStart + en];
        if (english.Length == 0)
        {
            Array.Clear(values, offsets[en], offsets[en + 1] - offsets[en]);
            return;
        }

        var weights = CollectionsMarshal.AsSpan(evidence.Weights);
        foreach (var key in english)
        {
            weightIfEnglish[key] = weights[key];
        }

        var rowBase = offsets[en] - first[en];
        for (var ja = first[en]; ja <= last[en]; ja++)
        {
            double total = 0;
            foreach (var key in evidence.JapaneseKeys[rectangle.JaStart + ja])
            {
                total += weightIfEnglish[key];
            }

            values[rowBase + ja] = total;
        }

        foreach (var key in english)
        {
            weightIfEnglish[key] = 0;
        }
    }

    /// <summary>
    /// The sum of the pair values of local English sentences [en, en + enCount) and Japanese [ja, ja + jaCount): the
    /// bead's shared evidence when no key repeats within a side, an upper bound of it otherwise.
    /// </summary>
    public double PairSum(int en, int enCount, int ja, int jaCount)
    {
        double total = 0;
        for (var e = en; e < en + enCount; e++)
        {
            var (low, high, rowBase) = (first[e], last[e], offsets[e] - first[e]);
            for (var j = ja; j < ja + jaCount; j++)
            {
                total += j >= low && j <= high ? values[rowBase + j] : evidence.Shared(rectangle.EnStart + e, rectangle.JaStart + j);
            }
        }

        return total;
    }

    /// <summary>
    /// <see cref="PairSum"/> of the beads taking English sentences [en, en + enCount) and Japanese sentences
    /// [ja + k, ja + k + jaCount) for each k of <paramref name="sums"/>: the same sums to the bit (each bead's values are
    /// added in the same order, onto 0), a row of them at a time, so the inner loop is a plain add of two arrays.
    /// </summary>
    public void PairSums(int en, int enCount, int ja, int jaCount, Span<double> sums)
    {
        // The beads whose every pair lies in the table's rows; the few others (at a band's edges) take PairSum.
        var (inLow, inHigh) = (0, sums.Length - 1);
        for (var e = en; e < en + enCount; e++)
        {
            inLow = Math.Max(inLow, first[e] - ja);
            inHigh = Math.Min(inHigh, last[e] - (jaCount - 1) - ja);
        }

        for (var k = 0; k < sums.Length && k < inLow; k++)
        {
            sums[k] = PairSum(en, enCount, ja + k, jaCount);
        }

        for (var k = Math.Max(inLow, inHigh + 1); k < sums.Length; k++)
        {
            sums[k] = PairSum(en, enCount, ja + k, jaCount);
        }

        if (inLow > inHigh)
        {
            return;
        }

        var inside = sums[inLow..(inHigh + 1)];
        inside.Clear();
        for (var e = en; e < en + enCount; e++)
        {
            for (var j = 0; j < jaCount; j++)
            {
                Add(inside, values.AsSpan(offsets[e] - first[e] + ja + inLow + j, inside.Length));
            }
        }
    }

    /// <summary>total[k] += addend[k]: element by element, so vectors give the scalar sums to the bit.</summary>
    private static void Add(Span<double> total, ReadOnlySpan<double> addend)
    {
        var k = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; k + Vector<double>.Count <= total.Length; k += Vector<double>.Count)
            {
                (new Vector<double>(total[k..]) + new Vector<double>(addend[k..])).CopyTo(total[k..]);
            }
        }

        for (; k < total.Length; k++)
        {
            total[k] += addend[k];
        }
    }

    /// <summary>The evidence the span shares, given its <see cref="PairSum"/>: exact only where a key repeats within a side.</summary>
    public double Exact(int en, int enCount, int ja, int jaCount, double pairSum) =>
        NeedsUnion(en, enCount, ja, jaCount, pairSum) ? ExactUnion(en, enCount, ja, jaCount) : pairSum;

    /// <summary>Whether the span's exact evidence may be below its <see cref="PairSum"/>: a key repeats within a side.</summary>
    public bool NeedsUnion(int en, int enCount, int ja, int jaCount, double pairSum) =>
        pairSum > 0 && (HasRepeat(englishRepeats, en, enCount) || HasRepeat(japaneseRepeats, ja, jaCount));

    /// <summary>
    /// Negates each of a row's <see cref="PairSums"/> (laid out as there) whose bead <see cref="NeedsUnion"/>: a sign
    /// that costs no room where the sums are handed over (they are never negative otherwise; negation is exact).
    /// </summary>
    public void MarkUnions(int en, int enCount, int ja, int jaCount, Span<double> sums)
    {
        var englishRepeat = HasRepeat(englishRepeats, en, enCount);
        if (!englishRepeat && jaCount < 2)
        {
            // One Japanese line repeats nothing within itself: no bead of the row needs the union (a 1-1 row, most 2-1 rows).
            return;
        }

        for (var k = 0; k < sums.Length; k++)
        {
            if (sums[k] > 0 && (englishRepeat || HasRepeat(japaneseRepeats, ja + k, jaCount)))
            {
                sums[k] = -sums[k];
            }
        }
    }

    /// <summary>Sets <paramref name="repeats"/>[k]: whether sentence k shares a key with one of the next <see cref="MaxBeadSide"/> - 1 sentences.</summary>
    private static void FindRepeats(int[][] keys, int start, bool[] repeats, int count)
    {
        for (var k = 0; k < count; k++)
        {
            repeats[k] = false;
            for (var next = k + 1; next < Math.Min(count, k + MaxBeadSide) && !repeats[k]; next++)
            {
                repeats[k] = Intersects(keys[start + k], keys[start + next]);
            }
        }

    }

    private static bool HasRepeat(bool[] repeats, int start, int count)
    {
        for (var k = start; k < start + count - 1; k++)
        {
            if (repeats[k])
            {
                return true;
            }
        }

        return false;
    }

    private static bool Intersects(int[] a, int[] b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                return true;
            }

            if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }

    /// <summary>
    /// The weight of the keys the English span and the Japanese span share, each counted once: the English keys are
    /// spread into the scratch row, the Japanese span's keys that meet them are gathered (a few; merging the spans'
    /// whole sorted key lists cost more) and summed in ascending order without repeats, as a sum over the sorted union
    /// would meet them; the union's other keys would only add exact zeros.
    /// </summary>
    public double ExactUnion(int en, int enCount, int ja, int jaCount)
    {
        var weights = CollectionsMarshal.AsSpan(evidence.Weights);
        var weightIfEnglish = scratchRows[0];
        var englishKeys = evidence.EnglishKeys;
        var first = rectangle.EnStart + en;
        for (var k = first; k < first + enCount; k++)
        {
            foreach (var key in englishKeys[k])
            {
                weightIfEnglish[key] = weights[key];
            }
        }

        var met = 0;
        var japaneseKeys = evidence.JapaneseKeys;
        for (var k = rectangle.JaStart + ja; k < rectangle.JaStart + ja + jaCount; k++)
        {
            var keys = japaneseKeys[k];
            if (metKeys.Length < met + keys.Length)
            {
                Array.Resize(ref metKeys, (met + keys.Length) * 2);
            }

            foreach (var key in keys)
            {
                if (weightIfEnglish[key] != 0)
                {
                    metKeys[met++] = key;
                }
            }
        }

        var shared = metKeys.AsSpan(0, met);
        KeySort.Sort(shared);
        double total = 0;
        var previous = -1;
        foreach (var key in shared)
        {
            if (key != previous)
            {
                total += weightIfEnglish[key];
                previous = key;
            }
        }

        for (var k = first; k < first + enCount; k++)
        {
            foreach (var key in englishKeys[k])
            {
                weightIfEnglish[key] = 0;
            }
        }

        return total;
    }
}
