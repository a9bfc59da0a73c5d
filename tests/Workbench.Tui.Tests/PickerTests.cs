using Workbench.Core.Documents;

namespace Workbench.Tui.Tests;

public sealed class PickerTests
{
    private static readonly PickerRow[] Documents =
    [
        new(new(1, "wotr-nato-nuclear", null, null, DateTimeOffset.UnixEpoch, 10, 12, 8, 2, 0, 5), Pairs: 6, OneSided: 2),
        new(new(2, "日本語の文書", null, null, DateTimeOffset.UnixEpoch, 0, 4, 4, 4, 0, 0), Pairs: 0, OneSided: 4),
    ];

    [Fact]
    public void Lists_name_pairs_and_one_sided_beads_apart_share_confirmed_and_low_confidence_count()
    {
        var lines = PickerScreen.Render(new DocumentPicker(Documents), 80, 24).Lines.Select(line => line.Text).ToList();

        Assert.Equal(24, lines.Count);
        Assert.All(lines, line => Assert.Equal(80, Screen.Columns(line)));
        Assert.Contains("One-sided", lines[1], StringComparison.Ordinal);
        var nato = lines.Single(line => line.Contains("wotr-nato-nuclear", StringComparison.Ordinal));
        Assert.StartsWith("▶ wotr-nato-nuclear", nato, StringComparison.Ordinal);
        Assert.Equal(["6", "2", "25%", "5"], nato.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2..]);
        var japanese = lines.Single(line => line.Contains("日本語の文書", StringComparison.Ordinal));
        Assert.Equal(["0", "4", "100%", "0"], japanese.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]);
    }

    [Fact]
    public void Keys_of_the_picker_mode_move_choose_and_quit()
    {
        var picker = new DocumentPicker(Documents);

        picker.Execute(UiCommand.MoveDown);
        picker.Execute(UiCommand.MoveDown);
        Assert.Equal(1, picker.Cursor);
        picker.Execute(UiCommand.MoveUp);
        Assert.Equal(0, picker.Cursor);
        picker.Execute(KeyMap.Find(ScreenMode.Picker, new Terminal.Gui.Input.Key('G'))!.Value);
        picker.Execute(KeyMap.Find(ScreenMode.Picker, Terminal.Gui.Input.Key.Enter)!.Value);
        Assert.Equal("日本語の文書", picker.Chosen?.Name);

        var quitting = new DocumentPicker(Documents);
        quitting.Execute(KeyMap.Find(ScreenMode.Picker, Terminal.Gui.Input.Key.Esc)!.Value);
        Assert.True(quitting.QuitRequested);
        Assert.Null(quitting.Chosen);
    }
}
