namespace Workbench.Core.Alignment;

/// <summary>The Japanese–English sentence aligner.</summary>
public sealed class SentenceAligner : IAligner
{
    public IReadOnlyList<Bead> Align(IReadOnlyList<string> english, IReadOnlyList<string> japanese) =>
        Realign(english, japanese, []);

    public IReadOnlyList<Bead> Realign(IReadOnlyList<string> english, IReadOnlyList<string> japanese, IReadOnlyList<Bead> fixedBeads)
    {
        _ = fixedBeads;
        var beads = new List<Bead>();
        var shared = Math.Min(english.Count, japanese.Count);
        for (var i = 0; i < shared; i++)
        {
            beads.Add(new Bead(i, 1, i, 1, 0.5));
        }

        for (var i = shared; i < english.Count; i++)
        {
            beads.Add(new Bead(i, 1, japanese.Count, 0, 0.5));
        }

        for (var j = shared; j < japanese.Count; j++)
        {
            beads.Add(new Bead(english.Count, 0, j, 1, 0.5));
        }

        return beads;
    }
}
