using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Workbench.Core.Review;
using Workbench.Core.Text.Japanese;

namespace Workbench.Tui.Tests;

public sealed class KeyMapTests
{
    [Fact]
    public void Every_binding_is_found_by_its_own_keys_and_no_key_means_two_things_in_one_mode()
    {
        foreach (var binding in KeyMap.Bindings)
        {
            foreach (var chord in binding.Chords)
            {
                var key = chord.Character != '\0' ? new Key(chord.Character) : new Key(chord.Code);
                Assert.Equal(binding.Command, KeyMap.Find(binding.Mode, key));
            }
        }
    }

    [Fact]
    public void Every_session_command_is_a_ui_command_of_the_same_name_and_screen_commands_are_not()
    {
        Assert.Equal(Enum.GetValues<ReviewCommand>().Length, UiCommands.SessionCommand.Count);
        Assert.All(UiCommands.SessionCommand, pair => Assert.Equal(pair.Key.ToString(), pair.Value.ToString()));
        Assert.False(UiCommands.SessionCommand.ContainsKey(UiCommand.Help));
        Assert.False(UiCommands.SessionCommand.ContainsKey(UiCommand.Quit));
    }

    [Fact]
    public void The_help_screen_lists_every_binding_with_its_whole_text_at_80_columns()
    {
        var help = string.Join('\n', ReviewScreen.HelpLines(80).Select(line => line.Text.TrimEnd()));
        var flattened = string.Join(' ', ReviewScreen.HelpLines(80).Select(line => line.Text.Trim()));

        Assert.All(ReviewScreen.HelpLines(80), line => Assert.Equal(80, Screen.Columns(line.Text)));
        foreach (var binding in KeyMap.Bindings)
        {
            Assert.Contains(binding.Keys, help, StringComparison.Ordinal);
            foreach (var word in binding.Help.Split(' '))
            {
                Assert.Contains(word, flattened, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_concordance_keys_are_on_the_help_screen_under_their_own_heading()
    {
        var help = ReviewScreen.HelpLines(80).Select(line => line.Text.TrimEnd()).ToList();

        Assert.Equal(UiCommand.MemorySearch, KeyMap.Find(ScreenMode.Normal, new Key('f')));
        Assert.Equal(UiCommand.Search, KeyMap.Find(ScreenMode.Normal, new Key('/')));
        Assert.Contains(help, line => line.StartsWith("  f ", StringComparison.Ordinal) && line.Contains("find in the whole memory", StringComparison.Ordinal));
        var panel = help.IndexOf(" In the concordance panel (/, f)");
        Assert.True(panel > 0);
        Assert.StartsWith("  j / ↓", help[panel + 1], StringComparison.Ordinal);
        Assert.Contains(" Choosing the document (review without --doc)", help);
    }

    [Fact]
    public void Status_bar_hints_are_the_hints_of_the_bindings_of_the_mode()
    {
        foreach (var mode in Enum.GetValues<ScreenMode>())
        {
            var hints = KeyMap.Hints(mode);
            foreach (var binding in KeyMap.Bindings.Where(b => b.Hint is not null))
            {
                if (binding.Mode == mode)
                {
                    Assert.Contains(binding.Hint!, hints, StringComparison.Ordinal);
                }
            }
        }

        // The counts take ~24 columns on a small document: the hints must fit in the rest of 80.
        Assert.All(Enum.GetValues<ScreenMode>(), mode => Assert.InRange(DisplayText.Width(KeyMap.Hints(mode)), 0, 56));
        Assert.Contains("Enter split", KeyMap.Hints(ScreenMode.Split), StringComparison.Ordinal);
        Assert.Contains("Esc cancel", KeyMap.Hints(ScreenMode.Split), StringComparison.Ordinal);
        Assert.Equal(UiCommand.Redo, KeyMap.Find(ScreenMode.Normal, new Key(KeyCode.R | KeyCode.CtrlMask)));
        Assert.Null(KeyMap.Find(ScreenMode.Normal, Key.Esc));
    }
}
