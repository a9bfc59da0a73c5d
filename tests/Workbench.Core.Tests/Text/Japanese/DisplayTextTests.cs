using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Tests.Text.Japanese;

public sealed class DisplayTextTests
{
    [Theory]
    [InlineData("abc", 3)]
    [InlineData("日本語", 6)]
    [InlineData("NATOの核", 8)]
    [InlineData("ＡＢＣ", 6)]
    public void Width_counts_East_Asian_wide_characters_as_two_columns(string text, int columns) =>
        Assert.Equal(columns, DisplayText.Width(text));

    [Fact]
    public void English_wraps_at_spaces_and_breaks_a_word_longer_than_the_line()
    {
        Assert.Equal(["Allies doubt", "the promise."], DisplayText.Wrap("Allies doubt the promise.", 12));
        Assert.Equal(["Supercalifr", "agilistic"], DisplayText.Wrap("Supercalifragilistic", 11));
    }

    [Fact]
    public void Japanese_wraps_between_characters_but_never_starts_a_line_with_closing_punctuation()
    {
        var lines = DisplayText.Wrap("あいうえお。かきくけこ", 10);

        Assert.Equal(["あいうえ", "お。かきく", "けこ"], lines);
    }

    [Fact]
    public void Clip_cuts_by_columns_and_marks_the_cut()
    {
        Assert.Equal("日本…", DisplayText.Clip("日本語の文書", 6));
        Assert.Equal("short", DisplayText.Clip("short", 6));
    }

    [Theory]
    [InlineData("one line", "one line")]
    [InlineData("first\nsecond", "first⏎second")]
    [InlineData("first\r\nsecond\rthird", "first⏎second⏎third")]
    [InlineData("一行目\u2028二行目\u2029\u0085", "一行目⏎二行目⏎⏎")]
    public void One_line_shows_each_line_break_as_a_mark(string text, string expected) =>
        Assert.Equal(expected, DisplayText.OneLine(text));

    [Fact]
    public void Wrap_shows_a_line_break_inside_a_segment_as_the_one_line_mark() =>
        Assert.Equal(["第一行。⏎第", "二行。"], DisplayText.Wrap("第一行。\r\n第二行。", 12));
}
