using Workbench.Tui;

namespace Workbench.Tui.Tests;

/// <summary>Key presses as the terminal reports them.</summary>
internal static class Keys
{
    public static readonly ConsoleKeyInfo Down = Special(ConsoleKey.DownArrow);
    public static readonly ConsoleKeyInfo Up = Special(ConsoleKey.UpArrow);
    public static readonly ConsoleKeyInfo PageDown = Special(ConsoleKey.PageDown);
    public static readonly ConsoleKeyInfo PageUp = Special(ConsoleKey.PageUp);
    public static readonly ConsoleKeyInfo Home = Special(ConsoleKey.Home);
    public static readonly ConsoleKeyInfo End = Special(ConsoleKey.End);
    public static readonly ConsoleKeyInfo Enter = new('\r', ConsoleKey.Enter, false, false, false);
    public static readonly ConsoleKeyInfo Escape = new('\u001b', ConsoleKey.Escape, false, false, false);
    public static readonly ConsoleKeyInfo Tab = new('\t', ConsoleKey.Tab, false, false, false);
    public static readonly ConsoleKeyInfo Backspace = new('\u007f', ConsoleKey.Backspace, false, false, false);
    public static readonly ConsoleKeyInfo ControlR = new('\u0012', ConsoleKey.R, false, false, true);
    public static readonly ConsoleKeyInfo ControlC = new('\u0003', ConsoleKey.C, false, false, true);

    public static ConsoleKeyInfo Char(char c)
    {
        var key = char.IsAsciiLetter(c) ? ConsoleKey.A + (char.ToUpperInvariant(c) - 'A') : default;
        return new ConsoleKeyInfo(c, key, char.IsAsciiLetterUpper(c), false, false);
    }

    /// <summary>Types each character of <paramref name="typed"/>.</summary>
    public static void Type(this ReviewSession session, string typed)
    {
        foreach (var c in typed)
        {
            session.HandleKey(Char(c));
        }
    }

    private static ConsoleKeyInfo Special(ConsoleKey key) => new('\0', key, false, false, false);
}
