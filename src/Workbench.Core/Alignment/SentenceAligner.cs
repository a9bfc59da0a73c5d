using Workbench.Core.Alignment.Evidence;
using Workbench.Core.Alignment.Search;
using Workbench.Core.Lexicon;
using Workbench.Core.Terminology;

namespace Workbench.Core.Alignment;

/// <summary>
/// The Japanese–English sentence aligner. A first banded pass, centred on a chain of rare-evidence anchors, finds
/// the confident pairs; they re-estimate the document's length ratio and teach it the document's own
/// translations; refinement passes, banded around the previous path, repeat this and give the result. Each pass is
/// one dynamic programme over 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2 beads; the refinement passes add two gap states, so
/// that a long one-sided run (a block missing from one side) costs little once established and is placed by the
/// beads on its edges.
/// </summary>
public sealed class SentenceAligner : IAligner
{
    private readonly AlignerOptions options;
    private readonly Task<LexiconIndex> lexicon;

    public SentenceAligner()
        : this(AlignerOptions.Default)
    {
    }

    public SentenceAligner(AlignerOptions options, ILexicon? lexicon = null, IReadOnlyList<GlossaryEntry>? glossary = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        // The index is built on the thread pool from here on, so that building it overlaps with whatever the caller
        // does before the first Align (reading the input files: ≈ 14 ms off the critical path of `workbench align`
        // with the bundled lexicon). A build that fails throws from every Align, as the lazy build did.
        this.lexicon = lexicon is null && (glossary is null || glossary.Count == 0)
            ? Task.FromResult(LexiconIndex.Empty)
            : Task.Run(() => LexiconIndex.Build(lexicon, glossary ?? [], options));
    }

    public IReadOnlyList<Bead> Align(IReadOnlyList<string> english, IReadOnlyList<string> japanese) =>
        Realign(english, japanese, []);

    public IReadOnlyList<Bead> Realign(IReadOnlyList<string> english, IReadOnlyList<string> japanese, IReadOnlyList<Bead> fixedBeads)
    {
        ArgumentNullException.ThrowIfNull(english);
        ArgumentNullException.ThrowIfNull(japanese);
        ArgumentNullException.ThrowIfNull(fixedBeads);
        var constraints = FixedBeads.Validate(fixedBeads, english.Count, japanese.Count);
        var gaps = FixedBeads.Gaps(constraints, english.Count, japanese.Count);
        var evidence = EvidenceExtractor.Extract(english, japanese, options, lexicon.GetAwaiter().GetResult());
        var aligner = new BandedAligner(evidence, options);

        var length = LengthModel.FirstGuess(evidence, options);
        var found = new PassBeads(english.Count + japanese.Count);
        foreach (var gap in gaps)
        {
            var band = IsSmall(gap)
                ? Band.Full(gap.Rows, gap.Columns)
                : Band.AroundPath(AnchorFinder.Find(evidence, gap, options), gap.Rows, gap.Columns, options.BandRadius);
            // Without gap states: this pass only finds the confident pairs and the band of the next, which places the
            // gaps (on nict-dev with a block cut, within a bead of gap states in both passes, at half their cost).
            aligner.Align(gap, band, length, withGaps: false, found);
        }

        var induced = new HashSet<(string English, string Japanese)>();
        var path = ConfidenceModel.Assign(evidence, found, options);
        for (var pass = 0; pass < options.RefinementPasses; pass++)
        {
            var learnFrom = WithConfirmed(path, constraints);
            length = length.Reestimate(evidence, learnFrom, options);
            LexiconInducer.Induce(evidence, learnFrom, options, induced);
            found.Clear();
            foreach (var gap in gaps)
            {
                aligner.Align(gap, RefinementBand(gap, path), length, withGaps: true, found);
            }

            path = ConfidenceModel.Assign(evidence, found, options);
        }

        var result = new List<Bead>(path.Length + constraints.Count);
        foreach (var scored in path)
        {
            result.Add(scored.Bead);
        }

        result.AddRange(constraints);
        result.Sort(FixedBeads.DocumentOrder);
        return result;
    }

    /// <summary>
    /// The pairs the document's length ratio and own lexicon are learnt from: the aligned path and, surest of all,
    /// the beads a reviewer fixed, in document order (induction reads a bounded prefix).
    /// </summary>
    private static ScoredBead[] WithConfirmed(ScoredBead[] path, List<Bead> confirmed)
    {
        if (confirmed.Count == 0)
        {
            return path;
        }

        var merged = new List<ScoredBead>(path.Length + confirmed.Count);
        merged.AddRange(path);
        foreach (var bead in confirmed)
        {
            merged.Add(new ScoredBead(bead with { Confidence = 1 }, 0));
        }

        merged.Sort((a, b) => FixedBeads.DocumentOrder(a.Bead, b.Bead));
        return merged.ToArray();
    }

    /// <summary>A refinement pass searches a small stretch whole, a big one in a band around the previous path.</summary>
    private Band RefinementBand(Rectangle gap, ScoredBead[] previous)
    {
        if (IsSmall(gap))
        {
            return Band.Full(gap.Rows, gap.Columns);
        }

        // A loop into an array, not LINQ to a list of tuples: a ReadyToRun build compiles those instantiations at run time.
        var inside = 0;
        foreach (var scored in previous)
        {
            inside += IsInside(scored.Bead, gap) ? 1 : 0;
        }

        var path = new (int Row, int Column)[inside];
        var k = 0;
        foreach (var scored in previous)
        {
            if (IsInside(scored.Bead, gap))
            {
                path[k++] = (scored.Bead.EnEnd - gap.EnStart, scored.Bead.JaEnd - gap.JaStart);
            }
        }

        return Band.AroundPath(path, gap.Rows, gap.Columns, options.SecondPassBandRadius);
    }

    private static bool IsInside(Bead bead, Rectangle gap) =>
        bead.EnStart >= gap.EnStart && bead.EnEnd <= gap.EnEnd && bead.JaStart >= gap.JaStart && bead.JaEnd <= gap.JaEnd;

    private bool IsSmall(Rectangle gap) => (long)(gap.Rows + 1) * (gap.Columns + 1) <= options.FullSearchCells;
}
