namespace Workbench.Core.Text.Japanese;

/// <summary>
/// Kanji numerals, the one table and reader the aligner's number evidence and the checker's quantities share: digits
/// 〇/零 一 … 九, the small units 十 百 千 and the large units 万 億 兆. A numeral may be positional (二〇二二 = 2022)
/// or multiplicative (二千二十二 = 2022, 三百万 = 3,000,000). Full-width digits are folded to ASCII by
/// <see cref="JapaneseNormalizer"/> before any reader sees them.
/// </summary>
public static class JapaneseNumerals
{
    /// <summary>0–9 for a kanji digit (〇 and 零 are both zero), -1 for any other character.</summary>
    public static int DigitValue(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>10, 100 or 1000 for 十 百 千; 0 for any other character.</summary>
    public static int SmallUnit(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => 0,
    };

    /// <summary>10⁴, 10⁸ or 10¹² for 万 億 兆; 0 for any other character.</summary>
    public static decimal LargeUnit(char c) => c switch
    {
        '万' => 10_000m,
        '億' => 100_000_000m,
        '兆' => 1_000_000_000_000m,
        _ => 0m,
    };

    /// <summary>A kanji digit or small unit: a character a kanji number can start with.</summary>
    public static bool IsDigitOrSmallUnit(char c) => DigitValue(c) >= 0 || SmallUnit(c) > 0;

    /// <summary>Any character of a kanji numeral: digit, small unit or large unit.</summary>
    public static bool IsNumeral(char c) => IsDigitOrSmallUnit(c) || c is '万' or '億' or '兆';

    /// <summary>
    /// Reads the kanji number below 10,000 that starts at <paramref name="index"/> (digits and 十 百 千, no large
    /// unit) and moves <paramref name="index"/> past it; null, with <paramref name="index"/> unmoved, if there is none.
    /// </summary>
    public static decimal? ReadGroup(ReadOnlySpan<char> text, ref int index)
    {
        decimal total = 0;
        decimal pending = 0;
        var any = false;
        while (index < text.Length)
        {
            var c = text[index];
            if (DigitValue(c) is var digit && digit >= 0)
            {
                pending = (pending * 10) + digit;
            }
            else if (SmallUnit(c) is var unit && unit > 0)
            {
                total += (pending == 0 ? 1 : pending) * unit;
                pending = 0;
            }
            else
            {
                break;
            }

            any = true;
            index++;
        }

        return any ? total + pending : null;
    }

    /// <summary>
    /// Parses a whole kanji numeral, large units included (一億二千万 = 120,000,000); a large unit with no number
    /// before it counts once (万 = 10,000). False if <paramref name="numeral"/> is not made of numeral characters.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> numeral, out decimal value)
    {
        value = 0;
        var i = 0;
        var any = false;
        while (i < numeral.Length)
        {
            var group = ReadGroup(numeral, ref i);
            var large = i < numeral.Length ? LargeUnit(numeral[i]) : 0m;
            if (large > 0)
            {
                value += (group is { } g && g > 0 ? g : 1) * large;
                i++;
            }
            else if (group is { } last)
            {
                value += last;
            }
            else
            {
                return false;
            }

            any = true;
        }

        return any;
    }
}
