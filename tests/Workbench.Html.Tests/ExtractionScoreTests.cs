namespace Workbench.Html.Tests;

public sealed class ExtractionScoreTests
{
    [Fact]
    public void Sentences_match_as_multisets_with_whitespace_runs_as_one_space()
    {
        var score = ExtractionScore.Of(["A  b.", "A b.", "Menu", "C."], ["A b.", "C.", "D."]);

        Assert.Equal(new ExtractionScore(4, 3, 2), score);
        Assert.Equal(0.5, score.Precision);
        Assert.Equal(2.0 / 3, score.Recall, 10);
    }
}
