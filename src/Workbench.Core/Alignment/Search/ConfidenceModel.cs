using Workbench.Core.Alignment.Evidence;

namespace Workbench.Core.Alignment.Search;

/// <summary>
/// Turns a bead's cost into a confidence in [0, 1]. A linking bead is as sure as its shared evidence outweighs its
/// length mismatch and shape penalty (a pair placed by length alone stays doubtful); an unaligned sentence is as
/// sure as no neighbour on the other side shares evidence with it, and certain beyond the other side's ends.
/// </summary>
internal static class ConfidenceModel
{
    /// <summary>How far (in sentences) an unaligned sentence's possible partners are looked for.</summary>
    private const int NeighbourReach = 2;

    public static List<ScoredBead> Assign(DocumentEvidence evidence, IReadOnlyList<ScoredBead> beads, AlignerOptions options)
    {
        var result = new List<ScoredBead>(beads.Count);
        foreach (var scored in beads)
        {
            var bead = scored.Bead;
            var gain = bead.IsNull
                ? options.ConfidenceMidpoint - StrongestNeighbour(evidence, bead)
                : -scored.Cost - options.ConfidenceMidpoint;
            var confidence = IsBeyondOtherSide(evidence, bead)
                ? options.EdgeNullConfidence
                : 1 / (1 + Math.Exp(-options.ConfidenceSlope * gain));
            result.Add(scored with { Bead = bead with { Confidence = Math.Round(confidence, 4) } });
        }

        return result;
    }

    /// <summary>Whether an unaligned sentence lies before every sentence of the other side or after all of them.</summary>
    private static bool IsBeyondOtherSide(DocumentEvidence evidence, Bead bead) =>
        bead.EnCount == 0
            ? bead.EnStart == 0 || bead.EnStart == evidence.EnglishCount
            : bead.JaCount == 0 && (bead.JaStart == 0 || bead.JaStart == evidence.JapaneseCount);

    private static double StrongestNeighbour(DocumentEvidence evidence, Bead bead)
    {
        var strongest = 0.0;
        if (bead.EnCount > 0)
        {
            var from = Math.Max(0, bead.JaStart - NeighbourReach);
            var to = Math.Min(evidence.JapaneseCount, bead.JaStart + NeighbourReach);
            for (var ja = from; ja < to; ja++)
            {
                strongest = Math.Max(strongest, evidence.Shared(bead.EnStart, ja));
            }
        }
        else
        {
            var from = Math.Max(0, bead.EnStart - NeighbourReach);
            var to = Math.Min(evidence.EnglishCount, bead.EnStart + NeighbourReach);
            for (var en = from; en < to; en++)
            {
                strongest = Math.Max(strongest, evidence.Shared(en, bead.JaStart));
            }
        }

        return strongest;
    }
}
