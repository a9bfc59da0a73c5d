namespace Workbench.Core.Tests.Support;

public sealed class BoundaryScoreTests
{
    [Fact]
    public void Only_the_stretch_the_gold_covers_is_scored()
    {
        var score = BoundaryScore.Compare(["One.", "Two half"], ["One.", "Two half sentence.", "Three."]);

        Assert.Equal((1, 1, 1), (score.Gold, score.Found, score.Correct));
        Assert.Equal(1.0, score.F1);
    }

    [Fact]
    public void Whitespace_is_ignored_and_missed_or_extra_boundaries_count()
    {
        var missed = BoundaryScore.Compare(["A b.", "C d.", "E."], ["A  b. C d.", "E."]);
        var extra = BoundaryScore.Compare(["A b. C d."], ["A b.", " C d."]);

        Assert.Equal((1.0, 0.5), (missed.Precision, missed.Recall));
        Assert.Equal((0.0, 1.0), (extra.Precision, extra.Recall));
    }
}
