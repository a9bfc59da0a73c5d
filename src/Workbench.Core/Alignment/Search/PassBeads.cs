namespace Workbench.Core.Alignment.Search;

/// <summary>
/// The beads one pass found, in document order, as plain values in one array that the passes of an alignment reuse;
/// <see cref="ConfidenceModel"/> makes the pass's <see cref="ScoredBead"/>s from them, once. A long document's path is
/// tens of thousands of beads: objects made for it before their confidence, then again with it, were several MB of
/// fresh memory per pass.
/// </summary>
internal sealed class PassBeads
{
    private PathBead[] beads;

    /// <param name="capacity">
    /// The beads to make room for at once. A path through a document of m and n sentences has at most m + n beads (each
    /// takes a sentence), so that many never grow the array: growing by doubling allocates twice what it keeps.
    /// </param>
    public PassBeads(int capacity = 64) => beads = new PathBead[Math.Max(1, capacity)];

    public int Count { get; private set; }

    public ref readonly PathBead this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return ref beads[index];
        }
    }

    public void Clear() => Count = 0;

    public void Add(in PathBead bead)
    {
        if (Count == beads.Length)
        {
            // Array.Copy rather than Array.Resize: a generic method over this struct would be compiled at run time in a
            // ReadyToRun build.
            var grown = new PathBead[beads.Length * 2];
            Array.Copy(beads, grown, Count);
            beads = grown;
        }

        beads[Count++] = bead;
    }

    /// <summary>Reverses the order of the beads from <paramref name="start"/> on: a trace finds its beads from the last one back.</summary>
    public void ReverseFrom(int start)
    {
        if ((uint)start > (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(start));
        }

        for (int low = start, high = Count - 1; low < high; low++, high--)
        {
            (beads[low], beads[high]) = (beads[high], beads[low]);
        }
    }
}
