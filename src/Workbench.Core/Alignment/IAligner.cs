namespace Workbench.Core.Alignment;

/// <summary>Aligns the sentences of an English original with the sentences of its Japanese translation.</summary>
public interface IAligner
{
    /// <summary>
    /// Returns beads covering every segment of both sides exactly once, in order (monotonic), each with a
    /// confidence in [0, 1].
    /// </summary>
    IReadOnlyList<Bead> Align(IReadOnlyList<string> english, IReadOnlyList<string> japanese);

    /// <summary>
    /// Aligns again with <paramref name="fixedBeads"/> (confirmed by a reviewer) as hard constraints: they appear
    /// unchanged in the result and only the stretches between them are re-aligned.
    /// </summary>
    IReadOnlyList<Bead> Realign(IReadOnlyList<string> english, IReadOnlyList<string> japanese, IReadOnlyList<Bead> fixedBeads);
}
