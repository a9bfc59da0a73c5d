using System.Numerics;
using Workbench.Core.Alignment.Evidence;

namespace Workbench.Core.Alignment.Search;

/// <summary>
/// The dynamic programme: the cheapest sequence of beads through one <see cref="Rectangle"/> of the document,
/// visiting only the cells of a <see cref="Band"/>.
/// </summary>
/// <remarks>
/// Besides the bead shapes, two gap states (one per side) let a long one-sided run be taken as a unit, as hunalign's
/// and Bleualign's gap handling does: a run is established by <see cref="AlignerOptions.GapEstablishedSentences"/>
/// skips at the full skip cost, and every sentence after that costs only <see cref="AlignerOptions.GapSentenceCost"/>.
/// With a per-sentence skip cost a missing block of paragraphs is so dear that the search shortens it with mis-paired
/// merges around it; with a flat one the block's length no longer matters and its place is chosen by the beads on
/// its two edges alone.
/// </remarks>
internal sealed class BandedAligner
{
    /// <summary>Choice of a cell reached by closing an English-only gap run (English sentences left unaligned).</summary>
    private const byte EnglishGap = 0x3F;

    /// <summary>Choice of a cell reached by closing a Japanese-only gap run.</summary>
    private const byte JapaneseGap = 0x3E;

    /// <summary>The bits of a cell's choice byte that hold the choice; the two above say how each gap state got there.</summary>
    private const byte ChoiceBits = 0x3F;

    /// <summary>Set when the English gap state at the cell extends a run (else it establishes one).</summary>
    private const byte EnglishGapExtended = 0x80;

    private const byte JapaneseGapExtended = 0x40;

    /// <summary>Cells from which a second thread working out the beads' costs ahead of the programme pays for itself.</summary>
    internal const int HandoffCells = 50_000;

    /// <summary>
    /// Rows of cell costs kept (<see cref="rowCosts"/>): a power of two above the most rows a bead (three) or an
    /// established gap (<see cref="AlignerOptions.GapEstablishedSentences"/>) reaches back.
    /// </summary>
    private int CostRows => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, gapEstablished) + 1);

    /// <summary>The widest row a handoff is used for: the ring holds a few rows, and stays a few MB.</summary>
    private const int HandoffMaxRowWidth = 8_192;

    /// <summary>
    /// Cells the handoff ring holds at least (4 MB with four linking shapes): a few thousand rows, several
    /// milliseconds of the programme's work, so a writer that sleeps while the ring is full wakes before the programme
    /// has caught up with it.
    /// </summary>
    private const int HandoffRingCells = 1 << 16;

    private readonly DocumentEvidence evidence;
    private readonly AlignerOptions options;
    private readonly bool secondThread;
    private readonly BeadShape[] shapes;

    /// <summary>The shapes that link sentences of both sides, and each shape's place among them (-1 for a skip).</summary>
    private readonly int[] linkShapes;

    private readonly int[] linkSlots;
    private readonly int[] englishSentences;
    private readonly int[] japaneseSentences;
    private readonly LineKind[] englishKinds;
    private readonly LineKind[] japaneseKinds;
    private readonly bool[] englishGluedHeadings;

    /// <summary>The lowest prior cost each shape can have: its penalty, less any discount it may earn.</summary>
    private readonly double[] lowestPriorCost;

    /// <summary>
    /// Cost of a glued line that adds no evidence, in this document: scaled like the sentence-count cost.
    /// Where lines never glue sentences, a merge can only be a translator's split, and its second half often has no
    /// evidence of its own.
    /// </summary>
    private readonly double glueWithoutEvidenceCost;

    private readonly int englishCount;

    /// <summary>Sentences a one-sided run needs before it turns into a gap (0: no gap states).</summary>
    private readonly int gapEstablished;

    private readonly BeadShape englishSkip;

    private readonly BeadShape japaneseSkip;

    /// <summary>What a bead's prior cost reads of the document (<see cref="RowPrior"/>).</summary>
    private readonly PriorFacts priorFacts;

    /// <summary>
    /// The cells' choices, kept from pass to pass (as the pair-value table's arrays are, <see cref="table"/>): every
    /// cell of a band is written before it is read, so a later pass reuses them instead of touching fresh memory.
    /// </summary>
    private byte[] cellChoices = [];

    /// <summary>
    /// The costs of the last few rows' cells (<see cref="CostRows"/> rows, row r in slot r mod CostRows): a cell's
    /// beads and gap states come from at most that many rows back, and the trace needs only the choices, so the costs
    /// of a long document's million cells never need memory of their own.
    /// </summary>
    private double[] rowCosts = [];

    /// <summary>The last pass's pair-value table, whose arrays the next pass takes over.</summary>
    private SharedEvidenceTable? table;

    /// <summary>
    /// The handoff ring: for each of its cells and each linking shape, the bead's pair sum and prior cost (see
    /// <see cref="WriteLinkRow"/>), reused from pass to pass.
    /// </summary>
    private double[] linkRing = [];

    /// <param name="secondThread">Whether big bands hand the beads' costs over from a second thread (the result is the same).</param>
    public BandedAligner(DocumentEvidence evidence, AlignerOptions options, bool? secondThread = null)
    {
        this.evidence = evidence;
        this.options = options;
        this.secondThread = secondThread ?? Environment.ProcessorCount > 1;
        shapes = BeadShape.From(options);

        // Plain loops rather than LINQ in this constructor: LINQ's instantiations over these types are not in a
        // ReadyToRun build, and a small document would pay for compiling them at run time.
        linkSlots = new int[shapes.Length];
        var links = 0;
        var (longestEnglish, longestJapanese) = (0, 0);
        for (var s = 0; s < shapes.Length; s++)
        {
            linkSlots[s] = shapes[s].IsNull ? -1 : links++;
            (longestEnglish, longestJapanese) = (Math.Max(longestEnglish, shapes[s].English), Math.Max(longestJapanese, shapes[s].Japanese));
        }

        linkShapes = new int[links];
        for (var s = 0; s < shapes.Length; s++)
        {
            if (linkSlots[s] >= 0)
            {
                linkShapes[linkSlots[s]] = s;
            }
        }

        englishCount = evidence.EnglishCount;
        gapEstablished = options.GapEstablishedSentences;
        englishSkip = new BeadShape(1, 0, options.SkipCost);
        japaneseSkip = new BeadShape(0, 1, options.SkipCost);
        var englishChars = PrefixSums(evidence.EnglishLengths);
        var japaneseChars = PrefixSums(evidence.JapaneseLengths);
        englishSentences = PrefixSums(evidence.EnglishSentences);
        japaneseSentences = PrefixSums(evidence.JapaneseSentences);
        englishKinds = evidence.EnglishKinds;
        japaneseKinds = evidence.JapaneseKinds;
        englishGluedHeadings = evidence.EnglishGluedHeadings;
        lowestPriorCost = new double[shapes.Length];
        for (var s = 0; s < shapes.Length; s++)
        {
            lowestPriorCost[s] = shapes[s].Penalty - (shapes[s] is { English: 1, Japanese: 2 } ? options.GluedHeadingDiscount : 0);
        }

        var sentenceDifferenceCost = options.SentenceCountMismatchCost * Math.Min(1, evidence.GluedLineFraction / options.GluedLineFractionForFullCost);
        glueWithoutEvidenceCost = options.GlueWithoutEvidenceCost * Math.Min(1, evidence.GluedLineFraction / options.GluedLineFractionForFullCost);
        var longestSentence = 0;
        foreach (var chars in evidence.EnglishLengths)
        {
            longestSentence = Math.Max(longestSentence, chars);
        }

        foreach (var chars in evidence.JapaneseLengths)
        {
            longestSentence = Math.Max(longestSentence, chars);
        }

        // ln(chars + smoothing) for every span length a bead can have: no logarithm on the hot path.
        var logChars = new double[(3 * longestSentence) + 1];
        for (var chars = 0; chars < logChars.Length; chars++)
        {
            logChars[chars] = Math.Log(chars + options.LengthSmoothingChars);
        }

        priorFacts = new PriorFacts
        {
            EnglishSpans = new SpanFacts(englishChars, englishSentences, englishKinds, longestEnglish, logChars),
            JapaneseSpans = new SpanFacts(japaneseChars, japaneseSentences, japaneseKinds, longestJapanese, logChars),
            EnglishKinds = englishKinds,
            JapaneseKinds = japaneseKinds,
            EnglishChars = englishChars,
            JapaneseChars = japaneseChars,
            EnglishGluedHeadings = englishGluedHeadings,
            EnglishEndsUnfinished = evidence.EnglishEndsUnfinished,
            SentenceDifferenceCost = sentenceDifferenceCost,
            Options = options,
        };
    }

    /// <summary>Adds the cheapest path through the band to <paramref name="path"/>; <paramref name="withGaps"/> adds the gap states.</summary>
    public void Align(Rectangle rectangle, Band band, LengthModel length, bool withGaps, PassBeads path)
    {
        var rows = rectangle.Rows;
        var shared = new SharedEvidenceTable(evidence, rectangle, band, table);
        table = shared;
        if (cellChoices.Length < band.CellCount)
        {
            cellChoices = new byte[band.CellCount];
        }

        var maxRowWidth = 0;
        for (var row = 0; row <= rows; row++)
        {
            maxRowWidth = Math.Max(maxRowWidth, band.High[row] - band.Low[row] + 1);
        }

        if (rowCosts.Length < CostRows * maxRowWidth)
        {
            rowCosts = new double[CostRows * maxRowWidth];
        }

        // On a big band a second thread works out each linking bead's pair sum and prior cost ahead of the programme
        // (they do not depend on the cells' costs), which reads them from a ring; rows it gets to first, it computes.
        RowHandoff? handoff = null;
        Task? writer = null;
        var stride = 2 * linkShapes.Length;
        var ringMask = 0;
        if (secondThread && band.CellCount >= HandoffCells && maxRowWidth <= HandoffMaxRowWidth)
        {
            var ringCells = (int)Math.Max(HandoffRingCells, BitOperations.RoundUpToPowerOf2((uint)(4 * maxRowWidth)));
            ringMask = ringCells - 1;
            if (linkRing.Length < ringCells * stride)
            {
                linkRing = new double[ringCells * stride];
            }

            var ring = linkRing;
            var (sums, priors) = (new double[maxRowWidth], new double[maxRowWidth]);
            handoff = new RowHandoff(band.Offsets, ringCells);
            writer = handoff.Start(row => WriteLinkRow(row, rectangle, band, length, shared, ring, ringMask, sums, priors));
        }

        try
        {
            AlignCells(rectangle, band, length, withGaps, shared, handoff, ringMask, maxRowWidth);
        }
        finally
        {
            handoff?.Abandon();
            writer?.Wait();
        }

        handoff?.ThrowIfFailed();

        Trace(rectangle, band, cellChoices, length, shared, path);
    }


    /// <summary>
    /// The pair sum and prior cost of every linking bead that ends in a cell of <paramref name="row"/>, into the ring
    /// (the cell's slot, then the shape's pair): what <see cref="AlignCells"/> would compute for them itself, a shape's
    /// row at a time. A pair sum is negated where the bead needs the exact union (<see cref="SharedEvidenceTable.MarkUnions"/>). <paramref name="sums"/> and <paramref name="priors"/> are scratch as wide as the widest row.
    /// </summary>
    private void WriteLinkRow(int row, Rectangle rectangle, Band band, LengthModel length, SharedEvidenceTable shared, double[] ring, int ringMask, double[] sums, double[] priors)
    {
        var rowBase = band.Offsets[row] - band.Low[row];
        var stride = 2 * linkShapes.Length;
        for (var link = 0; link < linkShapes.Length; link++)
        {
            var shape = shapes[linkShapes[link]];
            var fromRow = row - shape.English;
            if (fromRow < 0)
            {
                continue;
            }

            var low = Math.Max(band.Low[row], band.Low[fromRow] + shape.Japanese);
            var high = Math.Min(band.High[row], band.High[fromRow] + shape.Japanese);
            if (low > high)
            {
                continue;
            }

            shared.PairSums(fromRow, shape.English, low - shape.Japanese, shape.Japanese, sums.AsSpan(0, high - low + 1));
            shared.MarkUnions(fromRow, shape.English, low - shape.Japanese, shape.Japanese, sums.AsSpan(0, high - low + 1));
            new RowPrior(priorFacts, shape, rectangle.EnStart + row, length).AtEach(rectangle.JaStart + low, priors.AsSpan(0, high - low + 1));
            for (var column = low; column <= high; column++)
            {
                var at = (((rowBase + column) & ringMask) * stride) + (2 * link);
                ring[at] = sums[column - low];
                ring[at + 1] = priors[column - low];
            }
        }
    }

    /// <summary>
    /// Fills the cells' costs and choices, row by row; with a <paramref name="handoff"/>, reads the linking beads' pair
    /// sums and prior costs of the rows its writer wrote from the ring.
    /// </summary>
    /// <param name="rowWidth">The widest row's cells: the width of a row of <see cref="rowCosts"/>.</param>
    private void AlignCells(Rectangle rectangle, Band band, LengthModel length, bool withGaps, SharedEvidenceTable shared, RowHandoff? handoff, int ringMask, int rowWidth)
    {
        var rows = rectangle.Rows;
        var columns = rectangle.Columns;

        // The local columns at the Japanese side's two ends, where an English sentence is skipped at the edge cost
        // (NullCost, hoisted out of the cell loop: a skip's cost depends on the row or the column only).
        var firstJapanese = -rectangle.JaStart;
        var endOfJapanese = evidence.JapaneseCount - rectangle.JaStart;
        var costs = rowCosts;
        var choices = cellChoices;

        // Where row r's cost of column c is: (r mod CostRows) * rowWidth + c - band.Low[r].
        int CostBase(int row) => ((row & (CostRows - 1)) * rowWidth) - band.Low[row];
        costs[CostBase(0)] = 0;
        var stride = 2 * linkShapes.Length;

        // The gap states: the cheapest cost of reaching a cell inside an established English-only (Japanese-only) run;
        // whether the run was extended there or established is kept in the cell's choice byte. An English run is
        // extended from the row above, a Japanese one from the cell before, so one value per column (rolled down the
        // rows: a column leaves the band for good once it falls below a row's low bound) and one per row suffice.
        var gaps = gapEstablished > 0 && withGaps;
        var englishGapByColumn = gaps ? new double[columns + 1] : [];
        var gapSentenceCost = options.GapSentenceCost;

        // Where each shape's predecessor row's costs are, and which columns it holds: set once a row.
        var fromBase = new int[shapes.Length];
        var fromLow = new int[shapes.Length];
        var fromHigh = new int[shapes.Length];

        // Each linking shape's prior costs along the row, for the rows the programme prices itself.
        var rowPriors = new RowPrior[linkShapes.Length];
        for (var row = 0; row <= rows; row++)
        {
            for (var s = 0; s < shapes.Length; s++)
            {
                var fromRow = row - shapes[s].English;
                (fromBase[s], fromLow[s], fromHigh[s]) = fromRow < 0
                    ? (0, int.MaxValue, int.MinValue)
                    : (CostBase(fromRow), band.Low[fromRow], band.High[fromRow]);
            }

            var rowBase = band.Offsets[row] - band.Low[row];
            var costBase = CostBase(row);
            // The row's pair sums and prior costs are in the ring if the writer got to the row first.
            var ring = handoff is not null && handoff.Enter(row) ? linkRing : null;
            for (var link = 0; ring is null && link < linkShapes.Length; link++)
            {
                var shape = shapes[linkShapes[link]];
                rowPriors[link] = row >= shape.English ? new RowPrior(priorFacts, shape, rectangle.EnStart + row, length) : default;
            }

            // The rows an English gap is established from and extended from, and the cost of a Japanese skip in this row.
            var establishRow = row - gapEstablished;
            var (establishBase, establishLow, establishHigh) = !gaps || establishRow < 0
                ? (0, int.MaxValue, int.MinValue)
                : (CostBase(establishRow), band.Low[establishRow], band.High[establishRow]);
            var (extendLow, extendHigh) = !gaps || row == 0 ? (int.MaxValue, int.MinValue) : (band.Low[row - 1], band.High[row - 1]);
            var japaneseSkipCost = NullCost(japaneseSkip, rectangle, row, 0);
            var japaneseGapBefore = double.PositiveInfinity;
            for (var column = band.Low[row]; column <= band.High[row]; column++)
            {
                var cell = rowBase + column;
                var englishSkipCost = column == firstJapanese || column == endOfJapanese ? options.EdgeSkipCost : options.SkipCost;
                if (row == 0 && column == 0)
                {
                    if (gaps)
                    {
                        englishGapByColumn[0] = double.PositiveInfinity;
                    }

                    continue;
                }

                var best = double.PositiveInfinity;
                byte choice = 0;
                for (var s = 0; s < shapes.Length; s++)
                {
                    var shape = shapes[s];
                    var fromColumn = column - shape.Japanese;
                    if (fromColumn < fromLow[s] || fromColumn > fromHigh[s])
                    {
                        continue;
                    }

                    var previous = costs[fromBase[s] + fromColumn];
                    if (shape.IsNull)
                    {
                        var total = previous + (shape.English == 0 ? japaneseSkipCost : englishSkipCost);
                        if (total < best)
                        {
                            best = total;
                            choice = (byte)s;
                        }

                        continue;
                    }

                    // The sum of the pair values bounds the bead's evidence from above (each key counts once per bead),
                    // and the shape penalty bounds its prior cost from below: a bead that cannot win with them needs
                    // neither its length cost nor an exact union.
                    var fromEn = row - shape.English;
                    var fromJa = column - shape.Japanese;
                    var at = ((cell & ringMask) * stride) + (2 * linkSlots[s]);
                    // (With the prior cost at hand, as from the ring, the second test alone decides the same: the prior
                    // cost is never below the lowest.)
                    var handed = ring is null ? 0 : ring[at];
                    var upperBound = ring is null ? shared.PairSum(fromEn, shape.English, fromJa, shape.Japanese) : Math.Abs(handed);
                    if (ring is null && previous + lowestPriorCost[s] - upperBound >= best)
                    {
                        continue;
                    }

                    var withoutEvidence = previous + (ring is null ? rowPriors[linkSlots[s]].At(rectangle.JaStart + column) : ring[at + 1]);
                    if (withoutEvidence - upperBound >= best)
                    {
                        continue;
                    }

                    var exact = ring is null ? shared.Exact(fromEn, shape.English, fromJa, shape.Japanese, upperBound)
                        : handed < 0 ? shared.ExactUnion(fromEn, shape.English, fromJa, shape.Japanese)
                        : upperBound;
                    var candidate = withoutEvidence - exact;
                    if (candidate < best && shape.IsMerge && glueWithoutEvidenceCost > 0)
                    {
                        candidate += GlueCost(shape, rectangle, fromEn, fromJa, shared, exact);
                    }

                    if (candidate < best)
                    {
                        best = candidate;
                        choice = (byte)s;
                    }
                }

                if (gaps)
                {
                    // A gap state is entered by establishing a run from the free state gapEstablished sentences back, at
                    // the cost of as many single skips, or by extending the run one sentence back. Beyond the other
                    // side's ends a skip is cheap already (NullCost), and a gap there stays cheaper than one inside:
                    // otherwise a partial original's last sentence would be paired across the untranslated tail.
                    var establish = column >= establishLow && column <= establishHigh
                        ? costs[establishBase + column] + (gapEstablished * englishSkipCost)
                        : double.PositiveInfinity;
                    var extend = column >= extendLow && column <= extendHigh
                        ? englishGapByColumn[column] + Math.Min(gapSentenceCost, englishSkipCost)
                        : double.PositiveInfinity;
                    var englishGap = Math.Min(establish, extend);
                    englishGapByColumn[column] = englishGap;
                    var gapFlags = extend < establish ? EnglishGapExtended : (byte)0;
                    if (englishGap < best)
                    {
                        best = englishGap;
                        choice = EnglishGap;
                    }

                    establish = column - gapEstablished >= band.Low[row]
                        ? costs[costBase + column - gapEstablished] + (gapEstablished * japaneseSkipCost)
                        : double.PositiveInfinity;
                    extend = japaneseGapBefore + Math.Min(gapSentenceCost, japaneseSkipCost);
                    var japaneseGap = Math.Min(establish, extend);
                    japaneseGapBefore = japaneseGap;
                    gapFlags |= extend < establish ? JapaneseGapExtended : (byte)0;
                    if (japaneseGap < best)
                    {
                        best = japaneseGap;
                        choice = JapaneseGap;
                    }

                    choice |= gapFlags;
                }

                costs[costBase + column] = best;
                choices[cell] = choice;
            }
        }
    }

    private void Trace(Rectangle rectangle, Band band, byte[] choices, LengthModel length, SharedEvidenceTable shared, PassBeads beads)
    {
        var start = beads.Count;
        var row = rectangle.Rows;
        var column = rectangle.Columns;
        while (row > 0 || column > 0)
        {
            var choice = (byte)(choices[band.Cell(row, column)] & ChoiceBits);
            if (choice is EnglishGap or JapaneseGap)
            {
                // Walk the run back to where it was established; every sentence of it is left unaligned on its own.
                var english = choice == EnglishGap;
                var extendedFlag = english ? EnglishGapExtended : JapaneseGapExtended;
                var skip = english ? englishSkip : japaneseSkip;
                bool wasExtended;
                do
                {
                    wasExtended = (choices[band.Cell(row, column)] & extendedFlag) != 0;
                    for (var step = wasExtended ? 1 : gapEstablished; step > 0; step--)
                    {
                        var skipCost = NullCost(skip, rectangle, row, column);
                        row -= skip.English;
                        column -= skip.Japanese;
                        beads.Add(new PathBead(rectangle.EnStart + row, skip.English, rectangle.JaStart + column, skip.Japanese, skipCost));
                    }
                }
                while (wasExtended);

                continue;
            }

            var shape = shapes[choice];
            var cost = BeadCost(shape, rectangle, row, column, length, shared);
            row -= shape.English;
            column -= shape.Japanese;
            beads.Add(new PathBead(rectangle.EnStart + row, shape.English, rectangle.JaStart + column, shape.Japanese, cost));
        }

        beads.ReverseFrom(start);
    }

    private double BeadCost(BeadShape shape, Rectangle rectangle, int row, int column, LengthModel length, SharedEvidenceTable shared)
    {
        if (shape.IsNull)
        {
            return NullCost(shape, rectangle, row, column);
        }

        var fromEn = row - shape.English;
        var fromJa = column - shape.Japanese;
        var upperBound = shared.PairSum(fromEn, shape.English, fromJa, shape.Japanese);
        var exact = shared.Exact(fromEn, shape.English, fromJa, shape.Japanese, upperBound);
        return PriorCost(shape, rectangle.EnStart + row, rectangle.JaStart + column, length) - exact
            + (shape.IsMerge && glueWithoutEvidenceCost > 0 ? GlueCost(shape, rectangle, fromEn, fromJa, shared, exact) : 0);
    }

    /// <summary>
    /// A prose line of a merge that adds no evidence of its own to a bead that has some (what it shares, the rest of
    /// the bead shares already): more often a sentence the other side dropped, glued onto its neighbour, than half of
    /// a split sentence. Not where the two sides hold as many sentences: a dropped sentence leaves one side short.
    /// </summary>
    private double GlueCost(BeadShape shape, Rectangle rectangle, int fromEn, int fromJa, SharedEvidenceTable shared, double exact)
    {
        if (exact <= 0 || SentenceCountsAgree(shape, rectangle.EnStart + fromEn, rectangle.JaStart + fromJa))
        {
            return 0;
        }

        var cost = 0.0;
        for (var e = 0; shape.English > 1 && e < shape.English; e++)
        {
            if (englishKinds[rectangle.EnStart + fromEn + e] == LineKind.Prose
                && AddsLittle(shared, exact, fromEn, shape.English, e, fromJa, shape.Japanese, english: true))
            {
                cost += glueWithoutEvidenceCost;
            }
        }

        for (var j = 0; shape.Japanese > 1 && j < shape.Japanese; j++)
        {
            if (japaneseKinds[rectangle.JaStart + fromJa + j] == LineKind.Prose
                && AddsLittle(shared, exact, fromEn, shape.English, j, fromJa, shape.Japanese, english: false))
            {
                cost += glueWithoutEvidenceCost;
            }
        }

        return cost;
    }

    /// <summary>
    /// Whether the bead's two sides hold as many sentences (two English lines with one Japanese line of two sentences):
    /// then the line break explains the merge, and no sentence was dropped and glued on.
    /// </summary>
    private bool SentenceCountsAgree(BeadShape shape, int en, int ja) =>
        englishSentences[en + shape.English] - englishSentences[en] == japaneseSentences[ja + shape.Japanese] - japaneseSentences[ja];

    /// <summary>
    /// Whether line <paramref name="drop"/> (0 or 1) of a two-line side adds at most
    /// <see cref="AlignerOptions.GlueMinMarginalEvidence"/> to the bead's exact evidence. The rest's pair sum bounds
    /// its exact evidence from above, so most lines are cleared without an exact union.
    /// </summary>
    private bool AddsLittle(SharedEvidenceTable shared, double exact, int en, int enCount, int drop, int ja, int jaCount, bool english)
    {
        var (restEn, restEnCount, restJa, restJaCount) = english
            ? (drop == 0 ? en + 1 : en, 1, ja, jaCount)
            : (en, enCount, drop == 0 ? ja + 1 : ja, 1);
        var restSum = shared.PairSum(restEn, restEnCount, restJa, restJaCount);
        return exact - restSum <= options.GlueMinMarginalEvidence
            && exact - shared.Exact(restEn, restEnCount, restJa, restJaCount, restSum) <= options.GlueMinMarginalEvidence;
    }

    private double NullCost(BeadShape shape, Rectangle rectangle, int row, int column)
    {
        if (shape.English == 0)
        {
            var globalRow = rectangle.EnStart + row;
            // An English first line that starts with a heading glued to its sentence has the document's heading: the
            // Japanese lines above it are not beyond the English start, and the heading line is not skipped cheaply.
            if (globalRow == 0 && englishCount > 0 && englishGluedHeadings[0])
            {
                return shape.Penalty;
            }

            return globalRow == 0 || globalRow == evidence.EnglishCount ? options.EdgeSkipCost : shape.Penalty;
        }

        var globalColumn = rectangle.JaStart + column;
        return globalColumn == 0 || globalColumn == evidence.JapaneseCount ? options.EdgeSkipCost : shape.Penalty;
    }

    /// <summary>A linking bead's cost before its evidence (<see cref="RowPrior"/>).</summary>
    private double PriorCost(BeadShape shape, int en, int ja, LengthModel length) => new RowPrior(priorFacts, shape, en, length).At(ja);

    private static int[] PrefixSums(int[] values)
    {
        var sums = new int[values.Length + 1];
        for (var k = 0; k < values.Length; k++)
        {
            sums[k + 1] = sums[k] + values[k];
        }

        return sums;
    }
}
