namespace Workbench.Core.Alignment;

/// <summary>
/// A bead of the dynamic programme with its confidence and cost, before it leaves the aligner as a <see cref="Bead"/>. A
/// value in the pass's array: only the last pass's beads become objects (<see cref="ToBead"/>), so an earlier pass's path,
/// which the document's length ratio and lexicon are learnt from, is no object per bead (2 MB of fresh memory for a
/// 40,000-sentence document).
/// </summary>
internal readonly record struct ScoredBead(int EnStart, int EnCount, int JaStart, int JaCount, double Confidence, double Cost)
{
    public int EnEnd => EnStart + EnCount;

    public int JaEnd => JaStart + JaCount;

    public static ScoredBead Of(Bead bead, double cost) => new(bead.EnStart, bead.EnCount, bead.JaStart, bead.JaCount, bead.Confidence, cost);

    public Bead ToBead() => new(EnStart, EnCount, JaStart, JaCount, Confidence);
}
