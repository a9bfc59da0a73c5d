using Spectre.Console;
using Workbench.Tui;

namespace Workbench.Tui.Tests;

/// <summary>Frames rendered to plain text, and an independent column count to check them with.</summary>
internal static class Screen
{
    private static readonly FrameWriter PlainWriter = new(ColorSystemSupport.NoColors, ansi: false);

    public static IReadOnlyList<string> Plain(ScreenFrame frame) =>
        frame.Lines.Select(line => PlainWriter.RenderLine(line, frame.Width)).ToList();

    /// <summary>Display columns counted from the Unicode East Asian Wide ranges our texts use, not by the code
    /// under test.</summary>
    public static int Columns(string text) => text.Sum(c => IsWide(c) ? 2 : 1);

    /// <summary>The Japanese column of a bead row: what follows the second cell separator.</summary>
    public static string JapaneseCell(string row)
    {
        var first = row.IndexOf('│', StringComparison.Ordinal);
        var second = row.IndexOf('│', first + 1);
        return second < 0 ? string.Empty : row[(second + 1)..].Trim();
    }

    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\u303E') or (>= '\u3041' and <= '\u33FF') or
            (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7A3') or
            (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or
            (>= '\uFFE0' and <= '\uFFE6');
}
