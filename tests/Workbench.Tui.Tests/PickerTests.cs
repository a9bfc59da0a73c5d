using Workbench.Core.Documents;

namespace Workbench.Tui.Tests;

public sealed class PickerTests
{
    private static readonly DocumentSummary[] Documents =
    [
        new(1, "wotr-nato-nuclear", null, null, DateTimeOffset.UnixEpoch, 10, 12, 8, 2, 0, 5),
        new(2, "日本語の文書", null, null, DateTimeOffset.UnixEpoch, 4, 4, 4, 4, 0, 0),
    ];

    [Fact]
    public void Lists_name_pairs_share_confirmed_and_low_confidence_count()
    {
        var lines = Screen.Plain(PickerScreen.Render(new DocumentPicker(Documents), 80, 24));

        Assert.Equal(24, lines.Count);
        Assert.All(lines, line => Assert.Equal(80, Screen.Columns(line)));
        var nato = lines.Single(line => line.Contains("wotr-nato-nuclear", StringComparison.Ordinal));
        Assert.StartsWith("▶ wotr-nato-nuclear", nato, StringComparison.Ordinal);
        Assert.Equal(["8", "25%", "5"], nato.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2..]);
        var japanese = lines.Single(line => line.Contains("日本語の文書", StringComparison.Ordinal));
        Assert.Equal(["4", "100%", "0"], japanese.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]);
    }

    [Fact]
    public void Keys_move_choose_and_quit()
    {
        var picker = new DocumentPicker(Documents);

        picker.HandleKey(Keys.Char('j'));
        picker.HandleKey(Keys.Char('j'));
        Assert.Equal(1, picker.Cursor);
        picker.HandleKey(Keys.Up);
        Assert.Equal(0, picker.Cursor);
        picker.HandleKey(Keys.Char('G'));
        picker.HandleKey(Keys.Enter);
        Assert.Equal("日本語の文書", picker.Chosen?.Name);

        var quitting = new DocumentPicker(Documents);
        quitting.HandleKey(Keys.Char('q'));
        Assert.True(quitting.QuitRequested);
        Assert.Null(quitting.Chosen);
    }
}
