using System.Runtime.CompilerServices;
using Workbench.Core.Alignment.Evidence;

namespace Workbench.Core.Alignment.Search;

/// <summary>
/// A linking bead's cost before its evidence — shape penalty, length mismatch, sentence-count difference, structure,
/// heading discount — for the beads of one shape that end in one English row, at any Japanese end: what depends on
/// the row alone is looked up once, so pricing a row's beads reads only the Japanese side's facts per column. Each
/// cost is the value the one-bead formula gives, to the bit: the same operations in the same order.
/// </summary>
internal readonly struct RowPrior
{
    private readonly SpanFacts japaneseSpans;
    private readonly LineKind[] japaneseKinds;
    private readonly int[] japaneseChars;
    private readonly AlignerOptions options;
    private readonly int shapeJapanese;
    private readonly double penalty;
    private readonly double lengthWeight;
    private readonly double sentenceDifferenceCost;
    private readonly LengthModel length;
    private readonly double logEnglish;
    private readonly int englishSentences;
    private readonly LineKind englishKind;
    private readonly bool englishCredit;
    private readonly bool spansSeveralLines;

    /// <summary>The row's English span is the last line of an original that stops mid-sentence.</summary>
    private readonly bool unfinishedEnd;

    private readonly int englishChars;

    /// <summary>A 1-2 bead whose English line starts with a glued heading: the heading discount may apply.</summary>
    private readonly bool headingPossible;

    /// <param name="en">The English end of the row's beads (document index, exclusive).</param>
    public RowPrior(PriorFacts facts, BeadShape shape, int en, LengthModel length)
    {
        (japaneseSpans, japaneseKinds, japaneseChars, options) = (facts.JapaneseSpans, facts.JapaneseKinds, facts.JapaneseChars, facts.Options);
        shapeJapanese = shape.Japanese;
        penalty = shape.Penalty;
        lengthWeight = options.LengthWeight;
        sentenceDifferenceCost = facts.SentenceDifferenceCost;
        this.length = length;
        logEnglish = facts.EnglishSpans.Log(en, shape.English);
        englishSentences = facts.EnglishSpans.Sentences(en, shape.English);
        englishKind = facts.EnglishKinds[en - 1];
        englishCredit = facts.EnglishSpans.HasCredit(en, shape.English);
        spansSeveralLines = shape.English > 1 || shape.Japanese > 1;
        unfinishedEnd = en == facts.EnglishKinds.Length && facts.EnglishEndsUnfinished;
        englishChars = facts.EnglishChars[en] - facts.EnglishChars[en - shape.English];
        headingPossible = shape is { English: 1, Japanese: 2 } && facts.EnglishGluedHeadings[en - 1];
    }

    /// <summary>The prior cost of the row's bead that ends before Japanese line <paramref name="ja"/> (document index).</summary>
    public double At(int ja) => Cost(ja);

    /// <summary>
    /// <see cref="At"/> of the row's beads that end before Japanese lines <paramref name="ja"/>, <paramref name="ja"/> + 1,
    /// … into <paramref name="costs"/>: the same values, with the formula compiled into the loop rather than called per bead.
    /// </summary>
    public void AtEach(int ja, Span<double> costs)
    {
        for (var k = 0; k < costs.Length; k++)
        {
            costs[k] = Cost(ja + k);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Cost(int ja)
    {
        var lengthCost = length.CostOfLogs(logEnglish, japaneseSpans.Log(ja, shapeJapanese));
        var sentenceDifference = Math.Abs(englishSentences - japaneseSpans.Sentences(ja, shapeJapanese));
        var structure = StructureCost(ja);
        if (unfinishedEnd)
        {
            var beadJapaneseChars = japaneseChars[ja] - japaneseChars[ja - shapeJapanese];
            // A partial original often stops mid-sentence: its last sentence may be any prefix of the translation's.
            lengthCost = englishChars < length.Ratio * beadJapaneseChars ? 0 : lengthCost;
            sentenceDifference = 0;
            structure = 0;
        }

        return penalty + (lengthWeight * lengthCost) + (sentenceDifferenceCost * sentenceDifference) + structure - HeadingDiscount(ja);
    }

    /// <summary>
    /// Lines of different kinds at the end of the bead's two sides (a headline paired with prose), and a credit glued
    /// to another line or paired with a line that is not a credit, cost extra: a credit is aligned as a unit of its own.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double StructureCost(int ja)
    {
        var cost = englishKind != japaneseKinds[ja - 1] ? options.LineKindMismatchCost : 0;
        var japaneseCredit = japaneseSpans.HasCredit(ja, shapeJapanese);
        if (englishCredit != japaneseCredit || (englishCredit && spansSeveralLines))
        {
            cost += options.CreditGlueCost;
        }

        return cost;
    }

    /// <summary>
    /// A short Japanese heading line paired, together with the sentence after it, with an English line that starts
    /// with the heading glued to that sentence ("Toppling of the Shogunate The discovery…" with 倒幕 and 正中元年…).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double HeadingDiscount(int ja) =>
        headingPossible && japaneseKinds[ja - 2] == LineKind.Fragment
            && japaneseChars[ja - 1] - japaneseChars[ja - 2] <= options.GluedHeadingMaxJapaneseChars
            ? options.GluedHeadingDiscount
            : 0;
}
