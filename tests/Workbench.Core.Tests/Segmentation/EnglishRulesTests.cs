using Workbench.Core.Documents;
using Workbench.Core.Segmentation;

namespace Workbench.Core.Tests.Segmentation;

/// <summary>The built-in English rules, one behaviour per test.</summary>
public sealed class EnglishRulesTests
{
    [Theory]
    [InlineData("The shift has shaken U.S. allies. France hastened to act.", "The shift has shaken U.S. allies.|France hastened to act.")]
    [InlineData("U.S. President Donald Trump spoke.", "U.S. President Donald Trump spoke.")]
    [InlineData("He met Mr. Putin and Mrs. May in Dec. 2021 and left.", "He met Mr. Putin and Mrs. May in Dec. 2021 and left.")]
    [InlineData("Allies, e.g. Poland, agreed. Others did not.", "Allies, e.g. Poland, agreed.|Others did not.")]
    [InlineData("The member states, ie. Latvia and Estonia, agreed.", "The member states, ie. Latvia and Estonia, agreed.")]
    [InlineData("Gen. Milley briefed the Sen. Armed Services panel.", "Gen. Milley briefed the Sen. Armed Services panel.")]
    [InlineData("See No. 10 and pp. 3-5 for details.", "See No. 10 and pp. 3-5 for details.")]
    [InlineData("Smith et al. Reported it first.", "Smith et al. Reported it first.")]
    public void Abbreviations_do_not_end_sentences(string paragraph, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences(paragraph));

    [Theory]
    [InlineData("H.R. McMaster was national security adviser. He left in 2018.", "H.R. McMaster was national security adviser.|He left in 2018.")]
    [InlineData("John F. Kennedy faced the crisis. It ended.", "John F. Kennedy faced the crisis.|It ended.")]
    public void Initials_do_not_end_sentences(string paragraph, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences(paragraph));

    [Fact]
    public void Decimals_do_not_end_sentences() =>
        Assert.Equal(
            ["Spending rose 3.5 percent to $2.1 trillion.", "It will rise again."],
            Sentences("Spending rose 3.5 percent to $2.1 trillion. It will rise again."));

    [Theory]
    [InlineData("He hesitated.... Then he signed.", "He hesitated....|Then he signed.")]
    [InlineData("He hesitated... and then signed.", "He hesitated... and then signed.")]
    [InlineData("It waited … Then it struck.", "It waited …|Then it struck.")]
    public void An_ellipsis_ends_a_sentence_only_before_a_capital(string paragraph, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences(paragraph));

    [Theory]
    [InlineData("He called it “the greatest catastrophe.” Putin feels otherwise.", "He called it “the greatest catastrophe.”|Putin feels otherwise.")]
    [InlineData("She said \"no.\" Then she left.", "She said \"no.\"|Then she left.")]
    [InlineData("“Are we safe?” he asked.", "“Are we safe?” he asked.")]
    [InlineData("It ended (finally.) Talks resumed.", "It ended (finally.)|Talks resumed.")]
    [InlineData("He resigned. “Not now,” she said.", "He resigned.|“Not now,” she said.")]
    public void Closing_quotes_stay_with_their_sentence(string paragraph, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences(paragraph));

    [Theory]
    [InlineData("Is it credible? Perhaps not! Time will tell.", "Is it credible?|Perhaps not!|Time will tell.")]
    [InlineData("The ambition is clear: He wants an empire.", "The ambition is clear: He wants an empire.")]
    [InlineData("1. Deter Russia. 2. Reassure allies.", "1. Deter Russia.|2. Reassure allies.")]
    public void Terminators_and_non_terminators(string paragraph, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences(paragraph));

    private static List<string> Sentences(string paragraph) =>
        [.. DocumentSegmenter.Default.SegmentText(paragraph, Language.English).Select(segment => segment.Text)];
}
