using Workbench.Core.Alignment;

namespace Workbench.Tui.Tests;

/// <summary>A predictable aligner for the tests: sentence i with sentence i, the rest unaligned.</summary>
internal sealed class DiagonalAligner : IAligner
{
    public List<(int English, int Japanese)> Calls { get; } = [];

    public IReadOnlyList<Bead> Align(IReadOnlyList<string> english, IReadOnlyList<string> japanese) =>
        Realign(english, japanese, []);

    public IReadOnlyList<Bead> Realign(IReadOnlyList<string> english, IReadOnlyList<string> japanese, IReadOnlyList<Bead> fixedBeads)
    {
        Calls.Add((english.Count, japanese.Count));
        var shared = Math.Min(english.Count, japanese.Count);
        var beads = Enumerable.Range(0, shared).Select(i => new Bead(i, 1, i, 1, 0.8)).ToList();
        beads.AddRange(Enumerable.Range(shared, english.Count - shared).Select(i => new Bead(i, 1, japanese.Count, 0, 0.1)));
        beads.AddRange(Enumerable.Range(shared, japanese.Count - shared).Select(j => new Bead(english.Count, 0, j, 1, 0.1)));
        return beads;
    }
}
