using Workbench.Core.Alignment;

namespace Workbench.Storage.Tests;

/// <summary>An aligner that fails, as one would on a bug or an interruption, after the store began its import.</summary>
internal sealed class FailingAligner : IAligner
{
    public IReadOnlyList<Bead> Align(IReadOnlyList<string> english, IReadOnlyList<string> japanese) =>
        throw new InvalidOperationException("the aligner failed");

    public IReadOnlyList<Bead> Realign(IReadOnlyList<string> english, IReadOnlyList<string> japanese, IReadOnlyList<Bead> fixedBeads) =>
        Align(english, japanese);
}
