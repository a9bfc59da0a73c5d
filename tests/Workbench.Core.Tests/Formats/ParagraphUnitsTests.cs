using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Formats.Tmx;

namespace Workbench.Core.Tests.Formats;

public sealed class ParagraphUnitsTests
{
    private static readonly DateTimeOffset Edited = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Only_fully_aligned_and_confirmed_paragraphs_of_two_or_more_sentences_become_units()
    {
        var english = new[] { 0, 0, 1, 1, 2, 3, 3, 4, 5, 5 }.Select((paragraph, i) => new Segment(i, paragraph, i + 1, $"E{i}.")).ToList();
        var japanese = Enumerable.Range(0, 10).Select(i => new Segment(i, i, i + 1, $"J{i}。")).ToList();
        AlignedPair Pair(int en, int enCount, int ja, int jaCount, LinkStatus status = LinkStatus.Confirmed, double confidence = 0.9) =>
            new("d", new AlignmentLink(new Bead(en, enCount, ja, jaCount, confidence), status, Edited),
                english.Skip(en).Take(enCount).ToList(), japanese.Skip(ja).Take(jaCount).ToList());

        var units = ParagraphUnits.From(
        [
            Pair(0, 1, 0, 1, confidence: 0.8), Pair(1, 1, 1, 1), // paragraph 0: whole and confirmed
            Pair(2, 1, 2, 1), Pair(3, 1, 3, 1, LinkStatus.Auto), // paragraph 1: one link unreviewed
            Pair(4, 1, 4, 1), // paragraph 2: one sentence, the sentence unit has it
            Pair(5, 1, 5, 0), Pair(6, 1, 5, 1), // paragraph 3: an unaligned English sentence
            Pair(7, 2, 6, 1), Pair(9, 1, 7, 1), // paragraphs 4 and 5: a link reaches across them
        ]).ToList();

        var unit = Assert.Single(units);
        Assert.Equal("E0. E1.", unit.EnglishText);
        Assert.Equal("J0。J1。", unit.JapaneseText);
        Assert.Equal(0.8, unit.Link.Bead.Confidence);
        Assert.Equal(LinkStatus.Confirmed, unit.Link.Status);
    }
}
