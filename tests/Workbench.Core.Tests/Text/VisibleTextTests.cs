using System.Globalization;
using Workbench.Core.Text;

namespace Workbench.Core.Tests.Text;

public sealed class VisibleTextTests
{
    [Fact]
    public void The_format_character_test_agrees_with_the_unicode_data_for_every_character()
    {
        // IsFormatCharacter skips the lookup below U+00AD and from U+3000 to U+FEFE: a future Unicode version that
        // adds a format character there must fail here, not silently keep it in search keys.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(
                VisibleText.IsFormatCharacter((char)c) == (char.GetUnicodeCategory((char)c) == UnicodeCategory.Format),
                $"U+{c:X4}");
        }
    }

    [Fact]
    public void Every_format_character_is_found_wherever_it_stands_in_text()
    {
        var around = "ascii é “quoted” 核抑止、（括弧）ｶﾀｶﾅ";
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = around[..(c % around.Length)] + (char)c + around[(c % around.Length)..];
            Assert.True(
                VisibleText.HasFormatCharacter(text) == (char.GetUnicodeCategory((char)c) == UnicodeCategory.Format),
                $"U+{c:X4}");
        }

        Assert.False(VisibleText.HasFormatCharacter(around));
    }

    [Theory]
    [InlineData("", false)]
    [InlineData(" \u200B\u00AD\uFEFF\u2060 ", false)]
    [InlineData("\u200B核", true)]
    [InlineData("a", true)]
    public void Text_of_whitespace_and_format_characters_has_nothing_visible(string text, bool visible) =>
        Assert.Equal(visible, VisibleText.HasVisibleCharacter(text));

    [Fact]
    public void Format_characters_are_removed_in_place()
    {
        var text = "nu\u00ADclear\u200B 核\uFEFF".ToCharArray();

        var length = VisibleText.RemoveFormatCharacters(text);

        Assert.Equal("nuclear 核", new string(text, 0, length));
    }
}
