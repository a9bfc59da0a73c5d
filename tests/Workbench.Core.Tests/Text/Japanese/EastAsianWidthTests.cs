using System.Text;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Tests.Text.Japanese;

public sealed class EastAsianWidthTests
{
    [Theory]
    [InlineData('漢', 2)]
    [InlineData('か', 2)]
    [InlineData('ー', 2)]
    [InlineData('、', 2)]
    [InlineData('Ａ', 2)]
    [InlineData('ｱ', 1)]
    [InlineData('a', 1)]
    [InlineData('é', 1)]
    [InlineData('\u0301', 0)]
    [InlineData('\u200B', 0)]
    [InlineData('\t', 0)]
    [InlineData('\u4DC0', 1)]
    [InlineData('\uAC00', 2)]
    public void Columns_follow_UAX_11(char c, int columns)
    {
        Assert.Equal(columns, EastAsianWidth.Columns(new Rune(c)));
        Assert.Equal(columns == 2, EastAsianWidth.IsWide(c));
    }

    [Theory]
    [InlineData(0x20B9F, 2)]
    [InlineData(0x1F600, 2)]
    [InlineData(0x1D400, 1)]
    public void Supplementary_ideographs_and_emoji_are_wide(int codePoint, int columns) =>
        Assert.Equal(columns, EastAsianWidth.Columns(new Rune(codePoint)));
}
