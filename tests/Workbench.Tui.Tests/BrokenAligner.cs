using Workbench.Core.Alignment;

namespace Workbench.Tui.Tests;

/// <summary>An aligner that forgets the last English sentence: its result must be refused, not stored.</summary>
internal sealed class BrokenAligner : IAligner
{
    public IReadOnlyList<Bead> Align(IReadOnlyList<string> english, IReadOnlyList<string> japanese) =>
        Realign(english, japanese, []);

    public IReadOnlyList<Bead> Realign(IReadOnlyList<string> english, IReadOnlyList<string> japanese, IReadOnlyList<Bead> fixedBeads) =>
        [new Bead(0, Math.Max(0, english.Count - 1), 0, japanese.Count, 0.5)];
}
