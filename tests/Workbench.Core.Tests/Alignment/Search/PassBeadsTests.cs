using Workbench.Core.Alignment.Search;

namespace Workbench.Core.Tests.Alignment.Search;

public sealed class PassBeadsTests
{
    [Fact]
    public void Beads_are_kept_past_the_capacity_and_a_tail_reverses_alone()
    {
        var beads = new PassBeads(capacity: 3);
        for (var k = 0; k < 10; k++)
        {
            beads.Add(new PathBead(k, 1, k, k % 2, k / 4.0));
        }

        beads.ReverseFrom(4);

        Assert.Equal(10, beads.Count);
        Assert.Equal([0, 1, 2, 3, 9, 8, 7, 6, 5, 4], Enumerable.Range(0, beads.Count).Select(k => beads[k].EnStart));
        Assert.Equal(new PathBead(9, 1, 9, 1, 2.25), beads[4]);
        Assert.Throws<ArgumentOutOfRangeException>(() => beads[10]);

        beads.Clear();
        beads.Add(new PathBead(5, 0, 6, 1, 1));
        beads.ReverseFrom(0);
        Assert.Equal(1, beads.Count);
        Assert.True(beads[0].IsNull);
        Assert.Equal((5, 7), (beads[0].EnEnd, beads[0].JaEnd));
        Assert.Throws<ArgumentOutOfRangeException>(() => beads.ReverseFrom(2));
    }
}
