using System.Runtime.CompilerServices;
using Workbench.Core.Alignment.Evidence;

namespace Workbench.Core.Alignment.Search;

/// <summary>
/// What a bead's prior cost asks of the span of one side's sentences it takes, for every span end and size: the
/// logarithm of its smoothed length, how many sentences it holds, whether it holds a credit line. Worked out once per
/// document, so the dynamic programme reads three values per side instead of summing prefixes and scanning kinds for
/// each of the millions of beads it prices; each value is the one the sums would give, to the bit.
/// </summary>
internal sealed class SpanFacts
{
    private readonly int stride;
    private readonly double[] logs;
    private readonly int[] sentences;
    private readonly bool[] credits;

    /// <param name="charSums">Prefix sums of the sentences' lengths (count + 1 entries).</param>
    /// <param name="sentenceSums">Prefix sums of the sentences each line holds.</param>
    /// <param name="kinds">Each line's kind.</param>
    /// <param name="longestSpan">The most lines a bead takes from this side.</param>
    /// <param name="logChars">ln(chars + smoothing) for every span length.</param>
    public SpanFacts(int[] charSums, int[] sentenceSums, LineKind[] kinds, int longestSpan, double[] logChars)
    {
        // Size 1 at offset 0: no slot for the empty span, which no bead side reads (a third of the memory with spans of
        // up to two lines, fresh memory a long document pays for in page faults).
        stride = longestSpan;
        var ends = charSums.Length;
        logs = new double[ends * stride];
        sentences = new int[ends * stride];
        credits = new bool[ends * stride];
        for (var end = 0; end < ends; end++)
        {
            var credit = false;
            for (var size = 1; size <= longestSpan && size <= end; size++)
            {
                var at = (end * stride) + size - 1;
                logs[at] = logChars[charSums[end] - charSums[end - size]];
                sentences[at] = sentenceSums[end] - sentenceSums[end - size];
                credit |= kinds[end - size] == LineKind.Credit;
                credits[at] = credit;
            }
        }
    }

    /// <summary>ln(characters + smoothing) of the <paramref name="size"/> lines ending before line <paramref name="end"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Log(int end, int size) => logs[(end * stride) + size - 1];

    /// <summary>The sentences the <paramref name="size"/> lines ending before line <paramref name="end"/> hold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Sentences(int end, int size) => sentences[(end * stride) + size - 1];

    /// <summary>Whether one of the <paramref name="size"/> lines ending before line <paramref name="end"/> is a credit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool HasCredit(int end, int size) => credits[(end * stride) + size - 1];
}
