using Workbench.Core.Alignment;

namespace Workbench.Core.Tests.Alignment;

public sealed class AlignmentLinksTests
{
    [Fact]
    public void Formats_one_bead_per_line_in_the_scorers_notation()
    {
        Bead[] beads = [new(0, 1, 0, 1, 1), new(1, 2, 1, 1, 0.5), new(3, 0, 2, 1, 0.2), new(3, 1, 3, 0, 0.2), new(4, 3, 3, 2, 0.9)];

        Assert.Equal("[0]:[0]\n[1,2]:[1]\n[]:[2]\n[3]:[]\n[4,5,6]:[3,4]\n", AlignmentLinks.Format(beads));
        Assert.Equal("[4,5,6]:[3,4]", beads[^1].ToLinkNotation());
    }

    /// <summary>The file is the beads' own notations, one a line, whether the beads come as a list or a sequence, and
    /// it parses back to the same runs.</summary>
    [Fact]
    public void Random_beads_format_as_their_notations_and_parse_back()
    {
        var random = new Random(6);
        var beads = new List<Bead>();
        int english = 0, japanese = 0;
        for (var k = 0; k < 2_000; k++)
        {
            var (en, ja) = random.Next(8) switch { 0 => (0, 1), 1 => (1, 0), 2 => (2, 1), 3 => (1, 2), 4 => (3, 1), _ => (1, 1) };
            beads.Add(new Bead(english, en, japanese, ja, random.NextDouble()));
            (english, japanese) = (english + en, japanese + ja);
        }

        var text = AlignmentLinks.Format(beads);

        Assert.Equal(string.Concat(beads.Select(b => b.ToLinkNotation() + "\n")), text);
        Assert.Equal(text, AlignmentLinks.Format(beads.Select(b => b)));
        var parsed = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => AlignmentLinks.Parse(line)!).ToList();
        Assert.Equal(beads.Where(b => b.EnCount > 0).Select(b => (b.EnStart, b.EnCount)), parsed.Where(b => b.EnCount > 0).Select(b => (b.EnStart, b.EnCount)));
        Assert.Equal(beads.Where(b => b.JaCount > 0).Select(b => (b.JaStart, b.JaCount)), parsed.Where(b => b.JaCount > 0).Select(b => (b.JaStart, b.JaCount)));
    }
}
