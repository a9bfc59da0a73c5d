using System.Text;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;

namespace Workbench.Tui;

/// <summary>A key as the map matches it: a printed character (any layout, so <c>G</c> and <c>}</c> work wherever they
/// are typed) or a key code with its modifiers.</summary>
public readonly record struct KeyChord(char Character, KeyCode Code)
{
    public static KeyChord Of(char character) => new(character, KeyCode.Null);

    public static KeyChord Of(KeyCode code) => new('\0', code);

    public bool Matches(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Character == '\0')
        {
            return key.KeyCode == Code;
        }

        var rune = key.AsRune;
        return !key.IsCtrl && !key.IsAlt && rune.Value != 0 && !Rune.IsControl(rune) && rune.Value == Character;
    }
}

/// <summary>One line of the key map: in <paramref name="Mode"/>, <paramref name="Chords"/> run
/// <paramref name="Command"/>. <paramref name="Keys"/> and <paramref name="Help"/> are what the help screen shows;
/// <paramref name="Hint"/>, when set, is the entry's short form on the status bar.</summary>
public sealed record KeyBinding(ScreenMode Mode, IReadOnlyList<KeyChord> Chords, UiCommand Command, string Keys, string Help, string? Hint = null);

/// <summary>
/// The review keys, written once: key handling, the help screen and the status-bar hints all read this list.
/// Printable keys are matched by character so they work on any keyboard layout.
/// </summary>
public static class KeyMap
{
    public static IReadOnlyList<KeyBinding> Bindings { get; } =
    [
        Bind(ScreenMode.Normal, UiCommand.MoveDown, "j / ↓", "next bead", null, 'j', KeyCode.CursorDown),
        Bind(ScreenMode.Normal, UiCommand.MoveUp, "k / ↑", "previous bead", null, 'k', KeyCode.CursorUp),
        Bind(ScreenMode.Normal, UiCommand.PageDown, "PgDn", "page down", null, KeyCode.PageDown),
        Bind(ScreenMode.Normal, UiCommand.PageUp, "PgUp", "page up", null, KeyCode.PageUp),
        Bind(ScreenMode.Normal, UiCommand.First, "g / Home", "first bead", null, 'g', KeyCode.Home),
        Bind(ScreenMode.Normal, UiCommand.Last, "G / End", "last bead", null, 'G', KeyCode.End),
        Bind(ScreenMode.Normal, UiCommand.NextNeedingDecision, "n", "next bead needing a decision (unreviewed, within both sides)", null, 'n'),
        Bind(ScreenMode.Normal, UiCommand.PreviousNeedingDecision, "N", "previous bead needing a decision", null, 'N'),
        Bind(ScreenMode.Normal, UiCommand.Confirm, "c", "confirm the bead and move on", "c confirm", 'c'),
        Bind(ScreenMode.Normal, UiCommand.ConfirmRun, "C", "confirm the whole run of one-sided beads around this one", null, 'C'),
        Bind(ScreenMode.Normal, UiCommand.Reject, "x", "reject the bead", "x reject", 'x'),
        Bind(ScreenMode.Normal, UiCommand.MergeWithNext, "m", "merge the bead with the next one", "m merge", 'm'),
        Bind(ScreenMode.Normal, UiCommand.StartSplit, "s", "split the bead (choose the point, Enter splits, Esc cancels)", "s split", 's'),
        Bind(ScreenMode.Normal, UiCommand.EnglishBoundaryDown, "]", "move the English boundary below the bead down one sentence", null, ']'),
        Bind(ScreenMode.Normal, UiCommand.EnglishBoundaryUp, "[", "move the English boundary below the bead up one sentence", null, '['),
        Bind(ScreenMode.Normal, UiCommand.JapaneseBoundaryDown, "}", "move the Japanese boundary below the bead down one sentence", null, '}'),
        Bind(ScreenMode.Normal, UiCommand.JapaneseBoundaryUp, "{", "move the Japanese boundary below the bead up one sentence", null, '{'),
        Bind(ScreenMode.Normal, UiCommand.Undo, "u", "undo (history kept in the database)", "u undo", 'u'),
        Bind(ScreenMode.Normal, UiCommand.Redo, "Ctrl-R", "redo", null, KeyCode.R | KeyCode.CtrlMask),
        Bind(ScreenMode.Normal, UiCommand.Realign, "r", "re-align the unconfirmed stretch (confirmed beads stay fixed)", null, 'r'),
        Bind(ScreenMode.Normal, UiCommand.EditText, "e / F2", "edit a sentence's text (links stay; undo with u)", null, 'e', KeyCode.F2),
        Bind(ScreenMode.Normal, UiCommand.AddToGlossary, "a", "add a term to the glossary from this pair", null, 'a'),
        Bind(ScreenMode.Normal, UiCommand.Terms, "t", "terms panel: inconsistent renderings; Enter or a click jumps", null, 't'),
        Bind(ScreenMode.Normal, UiCommand.Search, "/", "search this document (both sides, words as `workbench search` matches them): jump to the next match and list every match; Enter on an empty query repeats", null, '/'),
        Bind(ScreenMode.Normal, UiCommand.MemorySearch, "f", "find in the whole memory (concordance of every document): hits with their other side, document and sentences", null, 'f'),
        Bind(ScreenMode.Normal, UiCommand.Help, "?", "this help", "? help", '?'),
        Bind(ScreenMode.Normal, UiCommand.Quit, "q / Ctrl-C", "quit (every edit is already saved)", "q quit", 'q', KeyCode.C | KeyCode.CtrlMask),

        Bind(ScreenMode.Split, UiCommand.SplitCommit, "Enter", "split here", "Enter split", KeyCode.Enter),
        Bind(ScreenMode.Split, UiCommand.SplitCancel, "Esc / q", "cancel the split", "Esc cancel", 'q', KeyCode.Esc),
        Bind(ScreenMode.Split, UiCommand.SplitEnglishDown, "]", "English split point down", "[ ] English", ']'),
        Bind(ScreenMode.Split, UiCommand.SplitEnglishUp, "[", "English split point up", null, '['),
        Bind(ScreenMode.Split, UiCommand.SplitJapaneseDown, "}", "Japanese split point down", "{ } Japanese", '}'),
        Bind(ScreenMode.Split, UiCommand.SplitJapaneseUp, "{", "Japanese split point up", null, '{'),
        Bind(ScreenMode.Split, UiCommand.SplitActiveDown, "j / ↓", "split point of the active side down", "↑↓ move", 'j', KeyCode.CursorDown),
        Bind(ScreenMode.Split, UiCommand.SplitActiveUp, "k / ↑", "split point of the active side up", null, 'k', KeyCode.CursorUp),
        Bind(ScreenMode.Split, UiCommand.SplitSwitchSide, "Tab / ← →", "switch the active side", null, KeyCode.Tab, KeyCode.CursorLeft, KeyCode.CursorRight),

        Bind(ScreenMode.Search, UiCommand.SearchFind, "Enter", "find the next match (empty: repeat the last search)", "Enter find", KeyCode.Enter),
        Bind(ScreenMode.Search, UiCommand.SearchCancel, "Esc", "cancel the search", "Esc cancel", KeyCode.Esc),

        Bind(ScreenMode.Concordance, UiCommand.ConcordanceNext, "j / ↓", "next hit (a hit of this document moves the review to it)", "↑↓ hits", 'j', KeyCode.CursorDown),
        Bind(ScreenMode.Concordance, UiCommand.ConcordancePrevious, "k / ↑", "previous hit", null, 'k', KeyCode.CursorUp),
        Bind(ScreenMode.Concordance, UiCommand.ConcordancePageDown, "PgDn", "hits further down", null, KeyCode.PageDown),
        Bind(ScreenMode.Concordance, UiCommand.ConcordancePageUp, "PgUp", "hits further up", null, KeyCode.PageUp),
        Bind(ScreenMode.Concordance, UiCommand.ConcordanceJump, "Enter", "jump to the hit in this document; a hit of another document is shown whole, read-only, with the command that reviews it (a click selects a hit)", "Enter jump", KeyCode.Enter),
        Bind(ScreenMode.Concordance, UiCommand.ConcordanceClose, "Esc / q", "close the panel (any other review key closes it and runs)", "Esc close", 'q', KeyCode.Esc),

        Bind(ScreenMode.Form, UiCommand.FormSave, "Enter", "save", "Enter save", KeyCode.Enter),
        Bind(ScreenMode.Form, UiCommand.FormNextField, "Tab", "next field", "Tab next field", KeyCode.Tab),
        Bind(ScreenMode.Form, UiCommand.FormCancel, "Esc", "cancel", "Esc cancel", KeyCode.Esc),

        Bind(ScreenMode.Terms, UiCommand.TermsJump, "Enter", "jump to the occurrence and close the panel (a click on it does the same)", "Enter jump", KeyCode.Enter),
        Bind(ScreenMode.Terms, UiCommand.TermsClose, "Esc / t", "close the terms panel", "Esc close", 't', KeyCode.Esc),

        Bind(ScreenMode.Help, UiCommand.HelpScrollDown, "j / ↓ / PgDn", "scroll the help down", "↓ scroll", 'j', KeyCode.CursorDown, KeyCode.PageDown),
        Bind(ScreenMode.Help, UiCommand.HelpScrollUp, "k / ↑ / PgUp", "scroll the help up", null, 'k', KeyCode.CursorUp, KeyCode.PageUp),
        Bind(ScreenMode.Picker, UiCommand.MoveDown, "j / ↓", "next document", "j/k ↑↓ choose", 'j', KeyCode.CursorDown),
        Bind(ScreenMode.Picker, UiCommand.MoveUp, "k / ↑", "previous document", null, 'k', KeyCode.CursorUp),
        Bind(ScreenMode.Picker, UiCommand.First, "g / Home", "first document", null, 'g', KeyCode.Home),
        Bind(ScreenMode.Picker, UiCommand.Last, "G / End", "last document", null, 'G', KeyCode.End),
        Bind(ScreenMode.Picker, UiCommand.PickerChoose, "Enter", "review the document", "Enter review", KeyCode.Enter),
        Bind(ScreenMode.Picker, UiCommand.Quit, "q / Esc / Ctrl-C", "quit", "q quit", 'q', KeyCode.Esc, KeyCode.C | KeyCode.CtrlMask),

        Bind(ScreenMode.Help, UiCommand.HelpClose, "any other key", "close the help", "any key closes", KeyCode.Esc),
    ];

    /// <summary>The command <paramref name="key"/> runs in <paramref name="mode"/>, or null.</summary>
    public static UiCommand? Find(ScreenMode mode, Key key)
    {
        foreach (var binding in Bindings)
        {
            if (binding.Mode == mode && binding.Chords.Any(chord => chord.Matches(key)))
            {
                return binding.Command;
            }
        }

        return null;
    }

    /// <summary>The status-bar hints of <paramref name="mode"/>, in map order: the first ones must fit at 80 columns
    /// after the counts, so each mode's essential keys come first and the rest are on the help screen.</summary>
    public static string Hints(ScreenMode mode) =>
        string.Join(' ', Bindings.Where(b => b.Mode == mode && b.Hint is not null).Select(b => b.Hint));

    private static KeyBinding Bind(ScreenMode mode, UiCommand command, string keys, string help, string? hint, params object[] chords) =>
        new(
            mode,
            chords.Select(chord => chord switch
            {
                char character => KeyChord.Of(character),
                KeyCode code => KeyChord.Of(code),
                _ => throw new ArgumentException($"not a key: {chord}", nameof(chords)),
            }).ToList(),
            command,
            keys,
            help,
            hint);
}
