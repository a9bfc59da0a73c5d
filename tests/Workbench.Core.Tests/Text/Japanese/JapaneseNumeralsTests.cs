using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Tests.Text.Japanese;

public sealed class JapaneseNumeralsTests
{
    [Theory]
    [InlineData("二〇二二", 2022)]
    [InlineData("二千二十二", 2022)]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("百五", 105)]
    [InlineData("三百万", 3_000_000)]
    [InlineData("二〇万", 200_000)]
    [InlineData("一億二千万", 120_000_000)]
    [InlineData("一兆七千億", 1_700_000_000_000)]
    [InlineData("万", 10_000)]
    [InlineData("零", 0)]
    public void Parses_positional_and_multiplicative_numerals(string numeral, long expected)
    {
        Assert.True(JapaneseNumerals.TryParse(numeral, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("円")]
    [InlineData("三円")]
    public void Refuses_what_is_not_all_numeral(string text) =>
        Assert.False(JapaneseNumerals.TryParse(text, out _));

    [Fact]
    public void A_group_stops_before_a_large_unit_and_leaves_the_index_after_it()
    {
        var text = "三千五百万人";
        var i = 0;

        Assert.Equal(3500m, JapaneseNumerals.ReadGroup(text, ref i));
        Assert.Equal(4, i);
        Assert.Equal(10_000m, JapaneseNumerals.LargeUnit(text[i]));
    }

    [Fact]
    public void No_group_leaves_the_index_where_it_was()
    {
        var i = 1;

        Assert.Null(JapaneseNumerals.ReadGroup("三人", ref i));
        Assert.Equal(1, i);
    }

    [Theory]
    [InlineData('〇', true, true)]
    [InlineData('零', true, true)]
    [InlineData('千', true, true)]
    [InlineData('兆', false, true)]
    [InlineData('円', false, false)]
    public void Classifies_numeral_characters(char c, bool startsNumber, bool isNumeral)
    {
        Assert.Equal(startsNumber, JapaneseNumerals.IsDigitOrSmallUnit(c));
        Assert.Equal(isNumeral, JapaneseNumerals.IsNumeral(c));
    }

    [Fact]
    public void A_numeral_character_is_a_digit_or_a_unit_of_either_size()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var expected = JapaneseNumerals.DigitValue(c) >= 0 || JapaneseNumerals.SmallUnit(c) > 0 || JapaneseNumerals.LargeUnit(c) > 0;
            Assert.True(expected == JapaneseNumerals.IsNumeral(c), $"U+{(int)c:X4}");
        }
    }
}
