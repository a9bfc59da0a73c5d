namespace Workbench.Core.Alignment;

/// <summary>
/// Every tuning number of <see cref="SentenceAligner"/>. Costs are in negative-log-probability units: a bead's cost
/// is its shape penalty plus its length cost minus the weight of the evidence its two sides share.
/// </summary>
public sealed record AlignerOptions
{
    public static AlignerOptions Default { get; } = new();

    /// <summary>Smallest plausible ratio of English to Japanese characters (clamps the first document estimate).</summary>
    public double MinLengthRatio { get; init; } = 1.6;

    /// <summary>Largest plausible ratio of English to Japanese characters.</summary>
    public double MaxLengthRatio { get; init; } = 3.4;

    /// <summary>Standard deviation of the log length ratio of a true pair, before re-estimation.</summary>
    public double LengthSigma { get; init; } = 0.35;

    /// <summary>Bounds of the re-estimated standard deviation.</summary>
    public double MinLengthSigma { get; init; } = 0.2;

    public double MaxLengthSigma { get; init; } = 0.6;

    /// <summary>Characters added to both sides before taking the log ratio, so short lines are not over-punished.</summary>
    public double LengthSmoothingChars { get; init; } = 8;

    /// <summary>Weight of the length cost (the Gaussian's negative log density).</summary>
    public double LengthWeight { get; init; } = 0.85;

    /// <summary>Fewest confident 1-1 pairs needed to re-estimate the length ratio from them.</summary>
    public int MinPairsForReestimate { get; init; } = 5;

    public double MergePenalty { get; init; } = 2.0;

    public double DoubleMergePenalty { get; init; } = 6.0;

    public double TripleMergePenalty { get; init; } = 7.5;

    /// <summary>Whether 1-3 and 3-1 beads are considered: neither gold set has one, and they cost a quarter of the DP.</summary>
    public bool AllowTripleMerges { get; init; }

    /// <summary>Cost of leaving one sentence unaligned.</summary>
    public double SkipCost { get; init; } = 2.5;

    /// <summary>
    /// One-sided sentences in a row from which a run is a gap (a block the other side left out: paragraphs missing
    /// from a partial original, a translator's commentary): they cost <see cref="SkipCost"/> each, every further
    /// sentence of the run only <see cref="GapSentenceCost"/>. 0 turns gaps off. Under a per-sentence cost a long
    /// block is so dear that the search shortens it with wrong merges at its edges. 4: short runs (nict-dev has
    /// 2–3-sentence drops) keep single-skip prices; gaps cheap from 2 or 3 sentences cost the no-lexicon figure.
    /// </summary>
    public int GapEstablishedSentences { get; init; } = 4;

    /// <summary>
    /// Cost of each sentence of an established gap beyond the first <see cref="GapEstablishedSentences"/>: small and
    /// flat, so a gap's length does not decide where it goes; the evidence of the beads on its edges does. Not 0: a
    /// free gap lets the search leave out whole stretches that merely lack evidence.
    /// </summary>
    public double GapSentenceCost { get; init; } = 0.25;

    /// <summary>
    /// Cost of leaving a sentence unaligned before the other side's first bead or after its last one: a partial
    /// English original leaves a long Japanese tail that must go unaligned cheaply.
    /// </summary>
    public double EdgeSkipCost { get; init; } = 1.0;

    /// <summary>
    /// Cost per sentence of difference between the two sides of a bead (lines may glue several sentences), in a
    /// document whose lines often glue sentences. When lines never do (the segmenter cut every sentence), every
    /// merge differs by one sentence and the count says nothing the merge penalty does not already say.
    /// </summary>
    public double SentenceCountMismatchCost { get; init; } = 1.5;

    /// <summary>
    /// Cost of a bead whose two sides end in lines of different kinds (prose, a fragment such
    /// as a headline or caption, a credit): a headline paired with prose.
    /// </summary>
    public double LineKindMismatchCost { get; init; } = 0.5;

    /// <summary>
    /// Discount of a 1-2 bead whose English line starts with a heading glued to its sentence (see GluedHeading) and
    /// whose first Japanese line is that heading, standing alone (a short fragment).
    /// </summary>
    public double GluedHeadingDiscount { get; init; } = 1.5;

    /// <summary>Longest Japanese heading line the glued-heading discount applies to.</summary>
    public int GluedHeadingMaxJapaneseChars { get; init; } = 20;

    /// <summary>
    /// Cost of each prose line glued into a merge bead that adds no more than <see cref="GlueMinMarginalEvidence"/>
    /// to the evidence the rest of the bead shares: more often a dropped sentence than half of a split one. Only
    /// where the bead's sides hold different numbers of sentences (a dropped sentence leaves one side short); so
    /// confined, it was raised from 1.5 (nict-dev strict F1 0.949 → 0.951; 2.0–3.0 all within a bead).
    /// </summary>
    public double GlueWithoutEvidenceCost { get; init; } = 2.5;

    /// <summary>Evidence a glued prose line must add to a merge bead to escape <see cref="GlueWithoutEvidenceCost"/>.</summary>
    public double GlueMinMarginalEvidence { get; init; } = 2.5;

    /// <summary>Cost of gluing a credit line to another line, or pairing it with a line that is no credit: credits are aligned as units of their own.</summary>
    public double CreditGlueCost { get; init; } = 6.0;

    /// <summary>Share of lines holding several sentences from which the sentence count weighs in full.</summary>
    public double GluedLineFractionForFullCost { get; init; } = 0.01;

    public double NumberWeight { get; init; } = 3.0;

    /// <summary>Weight of numbers below <see cref="SmallNumberLimit"/>, which recur by chance.</summary>
    public double SmallNumberWeight { get; init; } = 1.0;

    public decimal SmallNumberLimit { get; init; } = 10;

    public double LatinTokenWeight { get; init; } = 3.0;

    public double TransliterationWeight { get; init; } = 2.5;

    /// <summary>Shortest consonant skeleton a katakana word needs to be matched against English words.</summary>
    public int MinSkeletonLength { get; init; } = 2;

    /// <summary>Skeletons at least this long may match with one edit.</summary>
    public int FuzzySkeletonLength { get; init; } = 5;

    public double LexiconWeight { get; init; } = 1.2;

    /// <summary>
    /// Weight of a kanji name or word (IPADIC reading, romanised) whose romaji an English word spells: 沖田 and OKITA.
    /// 0 turns the readings off.
    /// </summary>
    public double ReadingWeight { get; init; } = 1.5;

    /// <summary>Shortest romaji match key that counts as reading evidence.</summary>
    public int MinReadingKeyLength { get; init; } = 3;

    /// <summary>Shortest key a single kanji's reading must have: single kanji have many readings (田: ta, da, den).</summary>
    public int MinSingleKanjiReadingKeyLength { get; init; } = 4;

    /// <summary>Match keys from this length weigh <see cref="ReadingWeight"/> in full; shorter ones half. Equal to
    /// <see cref="MinReadingKeyLength"/> by default: at half weight a three-letter surname (ODA~小田) lost its pair to
    /// the length model, while nict-dev and corpus gold F1 stay the same at full weight.</summary>
    public int FullWeightReadingKeyLength { get; init; } = 3;

    public double GlossaryWeight { get; init; } = 3.0;

    /// <summary>Weight of Japanese text quoted inside an English sentence.</summary>
    public double EmbeddedJapaneseWeight { get; init; } = 3.0;

    public double PunctuationWeight { get; init; } = 1.0;

    /// <summary>How strongly a key's weight shrinks with the log of the number of sentences holding it (0: not at all).</summary>
    public double FrequentKeyDamping { get; init; } = 0;

    public double InducedLexiconWeight { get; init; } = 2.0;

    /// <summary>Passes after the first, each re-estimating the length model and inducing more lexicon from the previous one.</summary>
    public int RefinementPasses { get; init; } = 1;

    /// <summary>Times a word pair must co-occur in confident beads to enter the induced lexicon.</summary>
    public int InducedMinCooccurrence { get; init; } = 3;

    /// <summary>Smallest Dice coefficient of an induced word pair.</summary>
    public double InducedMinDice { get; init; } = 0.7;

    /// <summary>Confident beads read when inducing the lexicon (the counts saturate long before a big document ends).</summary>
    public int InducedMaxPairs { get; init; } = 1000;

    public int InducedMinJapaneseChars { get; init; } = 2;

    public int InducedMaxJapaneseChars { get; init; } = 4;

    /// <summary>Evidence of a rare shared key needed to make a sentence pair an anchor for the band.</summary>
    public double AnchorMinEvidence { get; init; } = 4.0;

    /// <summary>A key occurring in more sentences than this on either side does not propose anchors.</summary>
    public int AnchorMaxKeyFrequency { get; init; } = 3;

    /// <summary>A stretch with at most this many cells is searched whole; only bigger ones are banded.</summary>
    public long FullSearchCells { get; init; } = 1_000_000;

    /// <summary>Half-width of the dynamic-programming band around its centre line, in sentences.</summary>
    public int BandRadius { get; init; } = 12;

    /// <summary>Half-width of the second pass's band around the first pass's path: that path strays far less than anchors.</summary>
    public int SecondPassBandRadius { get; init; } = 12;

    /// <summary>Slope of the logistic turning a bead's gain over skipping into a confidence.</summary>
    public double ConfidenceSlope { get; init; } = 0.6;

    /// <summary>Gain at which a bead's confidence is one half.</summary>
    public double ConfidenceMidpoint { get; init; } = 0;

    /// <summary>
    /// Evidence an unaligned sentence must hold (keys some sentence of the other side shares) for its confidence to
    /// reach one half: left out despite evidence is deliberate, left out without any is a guess by length.
    /// </summary>
    public double NullEvidenceMidpoint { get; init; } = 1.0;

    /// <summary>
    /// Confidence of a sentence left unaligned before the other side's first sentence or after its last one: with
    /// nothing left there to pair it with (the untranslated tail of a partial original), leaving it out is certain.
    /// </summary>
    public double EdgeNullConfidence { get; init; } = 0.95;

    /// <summary>
    /// Highest confidence of a bead that breaks the article's structure (a headline or caption paired with prose, a
    /// credit glued to another line) without strong evidence: below the review threshold, so a reviewer sees it.
    /// </summary>
    public double StructureConfidenceCap { get; init; } = 0.45;

    /// <summary>Shared evidence (three numbers or names) from which a structure-breaking bead keeps its confidence.</summary>
    public double StructureStrongEvidence { get; init; } = 8.0;

    /// <summary>Confidence from which a 1-1 bead counts as confident for re-estimation and induction.</summary>
    public double ConfidentBead { get; init; } = 0.3;
}
