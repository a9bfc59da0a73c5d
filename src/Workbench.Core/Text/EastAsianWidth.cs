namespace Workbench.Core.Text;

/// <summary>Which characters East Asian typography sets full-width (UAX #11 Wide and Fullwidth, BMP only).</summary>
public static class EastAsianWidth
{
    public static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F')
            or (>= '\u2E80' and <= '\u303E')
            or (>= '\u3041' and <= '\u33FF')
            or (>= '\u3400' and <= '\u4DBF')
            or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uA000' and <= '\uA4CF')
            or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF')
            or (>= '\uFE30' and <= '\uFE4F')
            or (>= '\uFF00' and <= '\uFF60')
            or (>= '\uFFE0' and <= '\uFFE6');
}
