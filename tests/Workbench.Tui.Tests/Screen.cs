namespace Workbench.Tui.Tests;

/// <summary>An independent column count to check screens with.</summary>
internal static class Screen
{
    /// <summary>Display columns counted from the Unicode East Asian Wide ranges our texts use, not by the code
    /// under test.</summary>
    public static int Columns(string text) => text.Sum(c => IsWide(c) ? 2 : 1);

    /// <summary>The display column where the <paramref name="nth"/> (0-based) '│' of <paramref name="row"/> stands, or -1.</summary>
    public static int SeparatorColumn(string row, int nth)
    {
        var seen = 0;
        var column = 0;
        foreach (var c in row)
        {
            if (c == '│' && seen++ == nth)
            {
                return column;
            }

            column += IsWide(c) ? 2 : 1;
        }

        return -1;
    }

    /// <summary>The Japanese column of a bead row: what follows the second separator.</summary>
    public static string JapaneseCell(string row)
    {
        var first = row.IndexOf('│', StringComparison.Ordinal);
        var second = first < 0 ? -1 : row.IndexOf('│', first + 1);
        return second < 0 ? string.Empty : row[(second + 1)..].Trim();
    }

    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\u303E') or (>= '\u3041' and <= '\u33FF') or
            (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7A3') or
            (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or
            (>= '\uFFE0' and <= '\uFFE6');
}
