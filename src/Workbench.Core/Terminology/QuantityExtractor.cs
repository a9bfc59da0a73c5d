using System.Globalization;
using System.Text.RegularExpressions;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Terminology;

/// <summary>
/// Extracts quantities from English (1,000; 5%; 5 percent; $1.7 trillion; 1980s; 21st) and from NFKC-normalised
/// Japanese (千; 1000; 5パーセント; 2032年; 1兆7000億ドル; 三千), ignoring digits that belong to a designation such as
/// F-35A or B61.
/// </summary>
public static partial class QuantityExtractor
{
    private static readonly Dictionary<string, double> EnglishScales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3,
        ["million"] = 1e6,
        ["billion"] = 1e9,
        ["trillion"] = 1e12,
    };

    public static IReadOnlyList<Quantity> English(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quantities = new List<Quantity>();
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return quantities;
        }

        foreach (Match match in EnglishNumber().Matches(text))
        {
            var value = double.Parse(match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            if (match.Groups["scale"].Success)
            {
                value *= EnglishScales[match.Groups["scale"].Value];
            }

            quantities.Add(new Quantity(value, match.Value.Trim()));
        }

        return quantities;
    }

    /// <param name="normalizedText">Japanese after <see cref="JapaneseNormalizer"/> (full-width digits folded).</param>
    public static IReadOnlyList<Quantity> Japanese(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var quantities = new List<Quantity>();
        var i = 0;
        while (i < normalizedText.Length)
        {
            var c = normalizedText[i];
            var startsNumber = char.IsAsciiDigit(c) || JapaneseNumerals.IsDigitOrSmallUnit(c);
            if (!startsNumber || IsDesignationDigit(normalizedText, i))
            {
                i++;
                continue;
            }

            var start = i;
            var value = ReadJapaneseNumber(normalizedText, ref i);
            if (i > start && value is { } found && !(i < normalizedText.Length && char.IsAsciiLetter(normalizedText[i])))
            {
                quantities.Add(new Quantity(found, normalizedText[start..i]));
            }

            i = Math.Max(i, start + 1);
        }

        return quantities;
    }

    // Digits glued to Latin letters (F-35A, B61, G7) are names, not quantities.
    private static bool IsDesignationDigit(string text, int i)
    {
        if (!char.IsAsciiDigit(text[i]))
        {
            return false;
        }

        var before = i - 1;
        if (before >= 0 && text[before] == '-')
        {
            before--;
        }

        return before >= 0 && (char.IsAsciiLetter(text[before]) || char.IsAsciiDigit(text[i - 1]) || text[i - 1] is '.' or ',');
    }

    // A sequence of groups, each an Arabic or kanji number optionally followed by 万/億/兆; 1兆7000億 = 1.7e12.
    private static double? ReadJapaneseNumber(string text, ref int i)
    {
        double total = 0;
        var any = false;
        while (i < text.Length)
        {
            var group = char.IsAsciiDigit(text[i]) ? ReadArabic(text, ref i) : (double?)JapaneseNumerals.ReadGroup(text, ref i);
            if (group is not { } value)
            {
                break;
            }

            any = true;
            if (i < text.Length && JapaneseNumerals.SmallUnit(text[i]) is var small && small > 0 && char.IsAsciiDigit(text[i - 1]))
            {
                value *= small;
                i++;
            }

            if (i < text.Length && JapaneseNumerals.LargeUnit(text[i]) is var large && large > 0)
            {
                total += value * (double)large;
                i++;
                continue;
            }

            total += value;
            break;
        }

        return any ? total : null;
    }

    private static double? ReadArabic(string text, ref int i)
    {
        var match = ArabicNumber().Match(text, i);
        if (!match.Success || match.Index != i)
        {
            return null;
        }

        i += match.Length;
        return double.Parse(match.Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }


    [GeneratedRegex(@"(?<![\p{L}\d][-‐]?)(?<![\d.,])(?:US\$|\$|€|£)?(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:st|nd|rd|th|s)?(?:\s*(?:%|percent|per cent))?(?:\s+(?<scale>thousand|million|billion|trillion)\b)?(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishNumber();

    [GeneratedRegex(@"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex ArabicNumber();
}
