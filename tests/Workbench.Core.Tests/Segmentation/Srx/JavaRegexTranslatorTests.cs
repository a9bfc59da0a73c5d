using System.Text.RegularExpressions;
using Workbench.Core.Segmentation.Srx;

namespace Workbench.Core.Tests.Segmentation.Srx;

public sealed class JavaRegexTranslatorTests
{
    [Theory]
    [InlineData(@"\Q.*?\E", ".*?", "x")]
    [InlineData(@"\x{3002}", "。", ".")]
    [InlineData(@"a++b", "aab", "b_")]
    [InlineData(@"[a-c[x-z]]+", "cy", "d")]
    [InlineData(@"\p{javaUpperCase}\p{javaLowerCase}", "Ab", "ab")]
    [InlineData(@"\p{InHiragana}+", "ひらがな", "カタカナ")]
    [InlineData(@"\p{IsHan}", "漢", "か")]
    [InlineData(@"[\p{IsHan}\p{IsHiragana}]+", "漢か", "カ")]
    [InlineData(@"\p{Upper}\p{Punct}", "A.", "a.")]
    [InlineData(@"x\hy", "x\u3000y", "x\ny")]
    [InlineData(@"(?U)\w+", "word", " ")]
    [InlineData(@"\p{Lu}", "É", "é")]
    public void Translates_java_constructs_to_equivalent_dotnet(string java, string matching, string notMatching)
    {
        var regex = new Regex($"^(?:{JavaRegexTranslator.Translate(java)})$");

        Assert.True(regex.IsMatch(matching), $"{java} should match {matching}");
        Assert.False(regex.IsMatch(notMatching), $"{java} should not match {notMatching}");
    }

    [Theory]
    [InlineData(@"[a-z&&[^aeiou]]")]
    [InlineData(@"\N{IDEOGRAPHIC FULL STOP}")]
    [InlineData(@"[abc")]
    public void Rejects_constructs_dotnet_cannot_express(string java) =>
        Assert.Throws<ArgumentException>(() => JavaRegexTranslator.Translate(java));

    [Fact]
    public void Leaves_common_syntax_unchanged() =>
        Assert.Equal(@"(?<=[.?!])\s+(?=\p{Lu})", JavaRegexTranslator.Translate(@"(?<=[.?!])\s+(?=\p{Lu})"));
}
