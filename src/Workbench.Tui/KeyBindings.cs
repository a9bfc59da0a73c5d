namespace Workbench.Tui;

/// <summary>The review keys. Printable keys are matched by character so they work on any keyboard layout.</summary>
public static class KeyBindings
{
    /// <summary>Key names and what they do, in the order the help screen lists them.</summary>
    public static IReadOnlyList<(string Keys, string Meaning)> Reference { get; } =
    [
        ("j / ↓, k / ↑", "next / previous bead"),
        ("PgDn / PgUp", "page down / up"),
        ("g / G", "first / last bead"),
        ("n / N", "next / previous unreviewed bead (every low-confidence bead is unreviewed)"),
        ("c", "confirm the bead and move on"),
        ("x", "reject the bead"),
        ("m", "merge the bead with the next one"),
        ("s", "split the bead: [ ] and { } (or ↑↓, Tab) choose the point, Enter splits, Esc cancels"),
        ("] / [", "move the English boundary below the bead down / up one sentence"),
        ("} / {", "move the Japanese boundary below the bead down / up one sentence"),
        ("u / Ctrl-R", "undo / redo (kept in the database)"),
        ("r", "re-align the unconfirmed stretch around the bead (confirmed beads stay fixed)"),
        ("/", "search both sides; Enter on an empty query repeats the last search"),
        ("?", "this help"),
        ("q / Ctrl-C", "quit (every edit is already saved)"),
    ];

    public static ReviewAction? Map(ConsoleKeyInfo key)
    {
        var control = key.Modifiers.HasFlag(ConsoleModifiers.Control);
        if (control || key.KeyChar is '\u0012' or '\u0003')
        {
            return key.Key switch
            {
                ConsoleKey.R => ReviewAction.Redo,
                ConsoleKey.C => ReviewAction.Quit,
                _ => key.KeyChar switch
                {
                    '\u0012' => ReviewAction.Redo,
                    '\u0003' => ReviewAction.Quit,
                    _ => null,
                },
            };
        }

        return key.KeyChar switch
        {
            'j' => ReviewAction.MoveDown,
            'k' => ReviewAction.MoveUp,
            'g' => ReviewAction.First,
            'G' => ReviewAction.Last,
            'n' => ReviewAction.NextNeedingReview,
            'N' => ReviewAction.PreviousNeedingReview,
            'c' => ReviewAction.Confirm,
            'x' => ReviewAction.Reject,
            'm' => ReviewAction.MergeWithNext,
            's' => ReviewAction.Split,
            ']' => ReviewAction.EnglishBoundaryDown,
            '[' => ReviewAction.EnglishBoundaryUp,
            '}' => ReviewAction.JapaneseBoundaryDown,
            '{' => ReviewAction.JapaneseBoundaryUp,
            'u' => ReviewAction.Undo,
            'r' => ReviewAction.Realign,
            '/' => ReviewAction.Search,
            '?' => ReviewAction.Help,
            'q' => ReviewAction.Quit,
            _ => key.Key switch
            {
                ConsoleKey.DownArrow => ReviewAction.MoveDown,
                ConsoleKey.UpArrow => ReviewAction.MoveUp,
                ConsoleKey.PageDown => ReviewAction.PageDown,
                ConsoleKey.PageUp => ReviewAction.PageUp,
                ConsoleKey.Home => ReviewAction.First,
                ConsoleKey.End => ReviewAction.Last,
                _ => null,
            },
        };
    }
}
