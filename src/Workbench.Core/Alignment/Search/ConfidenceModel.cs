using Workbench.Core.Alignment.Evidence;

namespace Workbench.Core.Alignment.Search;

/// <summary>
/// Turns a bead's cost into a confidence in [0, 1]. A linking bead is as sure as its shared evidence outweighs its
/// length mismatch and shape penalty (a pair placed by length alone stays doubtful), and stays below the review
/// threshold when it breaks the article's structure without strong evidence; an unaligned sentence is as sure as the
/// evidence it holds (nict-dev: right in 44% of cases without any, 97% with 10 or more), and certain beyond the other
/// side's ends.
/// </summary>
internal static class ConfidenceModel
{
    /// <summary>Beads from which assigning them on all cores pays for handing chunks to another core.</summary>
    private const int ParallelBeads = 8_192;

    /// <summary>Beads one chunk assigns.</summary>
    private const int BeadsPerTask = 2_048;

    /// <summary>The beads of a pass's path, each with its confidence (and its cost), in the path's order.</summary>
    public static ScoredBead[] Assign(DocumentEvidence evidence, PassBeads beads, AlignerOptions options)
    {
        var assigned = new ScoredBead[beads.Count];
        if (beads.Count < ParallelBeads)
        {
            for (var k = 0; k < assigned.Length; k++)
            {
                assigned[k] = Assign(evidence, beads[k], options);
            }

            return assigned;
        }

        // Each bead's confidence depends on that bead alone, so a long document's are assigned on all cores.
        ChunkWork.Run((beads.Count + BeadsPerTask - 1) / BeadsPerTask, chunk =>
        {
            for (var k = chunk * BeadsPerTask; k < Math.Min(assigned.Length, (chunk + 1) * BeadsPerTask); k++)
            {
                assigned[k] = Assign(evidence, beads[k], options);
            }
        });
        return assigned;
    }

    private static ScoredBead Assign(DocumentEvidence evidence, in PathBead bead, AlignerOptions options)
    {
        var gain = bead.IsNull
            ? OwnEvidence(evidence, bead) - options.NullEvidenceMidpoint
            : -bead.Cost - options.ConfidenceMidpoint;
        var confidence = IsBeyondOtherSide(evidence, bead)
            ? options.EdgeNullConfidence
            : 1 / (1 + Math.Exp(-options.ConfidenceSlope * gain));
        if (!bead.IsNull && BreaksStructure(evidence, bead) && SharedEvidence(evidence, bead) < options.StructureStrongEvidence)
        {
            confidence = Math.Min(confidence, options.StructureConfidenceCap);
        }

        return new ScoredBead(new Bead(bead.EnStart, bead.EnCount, bead.JaStart, bead.JaCount, Math.Round(confidence, 4)), bead.Cost);
    }

    /// <summary>
    /// The weight of the keys an unaligned sentence shares with some sentence of the other side. A sentence with
    /// evidence that still found no partner is left out on purpose; one without any was placed by length alone.
    /// </summary>
    private static double OwnEvidence(DocumentEvidence evidence, in PathBead bead)
    {
        var keys = bead.EnCount > 0 ? evidence.EnglishKeys[bead.EnStart] : evidence.JapaneseKeys[bead.JaStart];
        var total = 0.0;
        foreach (var key in keys)
        {
            total += evidence.Weights[key];
        }

        return total;
    }

    /// <summary>A headline or caption paired with prose, or a credit glued to another line.</summary>
    private static bool BreaksStructure(DocumentEvidence evidence, in PathBead bead)
    {
        if (evidence.EnglishKinds[bead.EnEnd - 1] != evidence.JapaneseKinds[bead.JaEnd - 1])
        {
            return !(bead.EnEnd == evidence.EnglishCount && evidence.EnglishEndsUnfinished);
        }

        return (bead.EnCount > 1 && evidence.EnglishKinds.AsSpan(bead.EnStart, bead.EnCount).Contains(LineKind.Credit))
            || (bead.JaCount > 1 && evidence.JapaneseKinds.AsSpan(bead.JaStart, bead.JaCount).Contains(LineKind.Credit));
    }

    /// <summary>The evidence the bead's sentence pairs share (an upper bound when a key repeats within a side).</summary>
    private static double SharedEvidence(DocumentEvidence evidence, in PathBead bead)
    {
        var total = 0.0;
        for (var en = bead.EnStart; en < bead.EnEnd; en++)
        {
            for (var ja = bead.JaStart; ja < bead.JaEnd; ja++)
            {
                total += evidence.Shared(en, ja);
            }
        }

        return total;
    }

    /// <summary>Whether an unaligned sentence lies before every sentence of the other side or after all of them.</summary>
    private static bool IsBeyondOtherSide(DocumentEvidence evidence, in PathBead bead) =>
        bead.EnCount == 0
            ? bead.EnStart == 0 || bead.EnStart == evidence.EnglishCount
            : bead.JaCount == 0 && (bead.JaStart == 0 || bead.JaStart == evidence.JapaneseCount);
}
