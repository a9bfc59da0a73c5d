using System.Globalization;
using System.Text;

namespace Workbench.Core.Text.Japanese;

/// <summary>
/// How many terminal columns a character takes: East Asian Wide and Fullwidth characters (UAX #11, Unicode 14) two,
/// controls, combining marks and format characters none, everything else one. The one width rule the segmenter
/// (joining Japanese lines), the checker's reports and the review UI use.
/// </summary>
public static class EastAsianWidth
{
    // Inclusive ranges of the BMP's Wide and Fullwidth characters, in order (unassigned gaps inside a block bridged).
    private static readonly (char First, char Last)[] WideRanges =
    [
        ('\u1100', '\u115F'), ('\u231A', '\u231B'), ('\u2329', '\u232A'), ('\u23E9', '\u23EC'), ('\u23F0', '\u23F0'),
        ('\u23F3', '\u23F3'), ('\u25FD', '\u25FE'), ('\u2614', '\u2615'), ('\u2648', '\u2653'), ('\u267F', '\u267F'),
        ('\u2693', '\u2693'), ('\u26A1', '\u26A1'), ('\u26AA', '\u26AB'), ('\u26BD', '\u26BE'), ('\u26C4', '\u26C5'),
        ('\u26CE', '\u26CE'), ('\u26D4', '\u26D4'), ('\u26EA', '\u26EA'), ('\u26F2', '\u26F3'), ('\u26F5', '\u26F5'),
        ('\u26FA', '\u26FA'), ('\u26FD', '\u26FD'), ('\u2705', '\u2705'), ('\u270A', '\u270B'), ('\u2728', '\u2728'),
        ('\u274C', '\u274C'), ('\u274E', '\u274E'), ('\u2753', '\u2755'), ('\u2757', '\u2757'), ('\u2795', '\u2797'),
        ('\u27B0', '\u27B0'), ('\u27BF', '\u27BF'), ('\u2B1B', '\u2B1C'), ('\u2B50', '\u2B50'), ('\u2B55', '\u2B55'),
        ('\u2E80', '\u303E'), ('\u3041', '\u3247'), ('\u3250', '\u4DBF'), ('\u4E00', '\uA4C6'), ('\uA960', '\uA97C'),
        ('\uAC00', '\uD7A3'), ('\uF900', '\uFAD9'), ('\uFE10', '\uFE19'), ('\uFE30', '\uFE6B'), ('\uFF01', '\uFF60'),
        ('\uFFE0', '\uFFE6'),
    ];

    // Each BMP character's width, computed on first use (0 = not yet known, otherwise width + 1): a redraw measures
    // ~10^5 characters.
    private static readonly byte[] BmpWidths = new byte[char.MaxValue + 1];

    /// <summary>True for a BMP character East Asian typography sets full-width (kanji, kana, full-width forms).</summary>
    public static bool IsWide(char c)
    {
        if (c < '\u1100')
        {
            return false;
        }

        var low = 0;
        var high = WideRanges.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >> 1;
            if (c < WideRanges[middle].First)
            {
                high = middle - 1;
            }
            else if (c > WideRanges[middle].Last)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Columns <paramref name="rune"/> takes in a terminal: 0, 1 or 2.</summary>
    public static int Columns(Rune rune)
    {
        if (rune.IsBmp)
        {
            var known = BmpWidths[rune.Value];
            if (known == 0)
            {
                known = (byte)(Measure(rune) + 1);
                BmpWidths[rune.Value] = known;
            }

            return known - 1;
        }

        return Measure(rune);
    }

    private static int Measure(Rune rune)
    {
        if (Rune.IsControl(rune)
            || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return 0;
        }

        // Supplementary-plane ideographs (CJK extension B and later) and emoji are wide.
        if (!rune.IsBmp)
        {
            return rune.Value is (>= 0x20000 and <= 0x3FFFD) or (>= 0x1F300 and <= 0x1FAFF) ? 2 : 1;
        }

        return IsWide((char)rune.Value) ? 2 : 1;
    }
}
