using System.Globalization;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// Finds the numbers a sentence states, normalised so both languages agree: "1,500", "１５００" and "千五百" are all
/// 1500; "3 million" and "300万" are both 3000000; "March" and "3月" both give 3.
/// </summary>
internal static class NumberExtractor
{
    private static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ];

    /// <summary>Digits an integer is read from without the library parse: 18 always fit a long.</summary>
    private const int MaxPlainDigits = 18;

    /// <summary>Counters after which a single kanji numeral is a number rather than part of a word.</summary>
    private const string KanjiCounters = "年月日世紀人歳回度代番つ名隻機台件個条位割倍";

    public static void English(ReadOnlySpan<char> text, NumberList numbers)
    {
        var i = 0;
        while (i < text.Length)
        {
            var digit = CharSearch.IndexOfInRange(text[i..], '0', '9');
            if (digit < 0)
            {
                break;
            }

            i += digit;
            if (i > 0 && char.IsAsciiLetter(text[i - 1]) && !IsModelPrefix(text, i))
            {
                i++;
                continue;
            }

            var value = ReadArabic(text, ref i);
            numbers.Add(value);
            var multiplier = EnglishMultiplier(text, i);
            if (multiplier != 1)
            {
                numbers.Add(value * multiplier);
            }
        }

        var end = 0;
        while (EnglishWords.NextWord(text, ref end) is var length && length > 0)
        {
            var start = end - length;
            var month = MonthNumber(text.Slice(start, length));
            if (month > 0 && (month != 5 || char.IsUpper(text[start])))
            {
                numbers.Add(month);
            }
        }
    }

    /// <summary>1 to 12 for an English month name in any case, 0 for any other word.</summary>
    private static int MonthNumber(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > 9)
        {
            return 0;
        }

        var first = char.ToLowerInvariant(word[0]);
        if (first is not ('j' or 'f' or 'm' or 'a' or 's' or 'o' or 'n' or 'd'))
        {
            // No month starts so: most words are rejected with one test instead of twelve.
            return 0;
        }

        for (var month = 0; month < Months.Length; month++)
        {
            if (Months[month].Length == word.Length && Months[month][0] == first && word.Equals(Months[month], StringComparison.OrdinalIgnoreCase))
            {
                return month + 1;
            }
        }

        return 0;
    }

    /// <summary>Reads numbers from Japanese text already NFKC-normalised (full-width digits are ASCII).</summary>
    public static void Japanese(ReadOnlySpan<char> normalized, NumberList numbers)
    {
        var i = 0;
        while (i < normalized.Length)
        {
            var c = normalized[i];
            if (char.IsAsciiDigit(c))
            {
                var start = i;
                var value = ReadArabic(normalized, ref i);
                numbers.Add(value);
                AddEraYear(normalized, start, i, value, numbers);
                AddWithJapaneseMultiplier(normalized, ref i, value, numbers);
            }
            else if (c == '元' && i + 1 < normalized.Length && normalized[i + 1] == '年')
            {
                AddEraYear(normalized, i, i + 1, 1, numbers);
                i++;
            }
            else if (JapaneseNumerals.IsNumeral(c))
            {
                var start = i;
                while (i < normalized.Length && JapaneseNumerals.IsNumeral(normalized[i]))
                {
                    i++;
                }

                var isNumber = i - start >= 2 || (i < normalized.Length && KanjiCounters.Contains(normalized[i], StringComparison.Ordinal) && c != '一');
                if (isNumber && JapaneseNumerals.TryParse(normalized[start..i], out var value))
                {
                    numbers.Add(value);
                    AddEraYear(normalized, start, i, value, numbers);
                }
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>An era year (応永27年, 明治元年) also states its Western year.</summary>
    private static void AddEraYear(ReadOnlySpan<char> text, int numeralStart, int numeralEnd, decimal yearOfEra, NumberList numbers)
    {
        if (numeralEnd < text.Length && text[numeralEnd] == '年' && yearOfEra is >= 1 and < 100
            && JapaneseEras.WesternYear(text, numeralStart, (int)yearOfEra) is var year && year > 0)
        {
            numbers.Add(year);
        }
    }

    private static bool IsModelPrefix(ReadOnlySpan<char> text, int digitIndex) =>
        digitIndex >= 2 && text[digitIndex - 1] is '-';

    private static decimal ReadArabic(ReadOnlySpan<char> text, ref int i)
    {
        var start = i;
        while (i < text.Length && (char.IsAsciiDigit(text[i])
            || (text[i] is ',' or '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && i > start)))
        {
            i++;
        }

        var numeral = text[start..i];
        if (numeral.Length <= MaxPlainDigits && !numeral.ContainsAny(',', '.'))
        {
            // Digits alone are an integer (scale 0, as decimal.TryParse reads them): years, counts and days, the usual
            // numerals, skip the library parse.
            var integer = 0L;
            foreach (var c in numeral)
            {
                integer = (integer * 10) + (c - '0');
            }

            return integer;
        }

        Span<char> digits = numeral.Length <= 64 ? stackalloc char[numeral.Length] : new char[numeral.Length];
        var length = 0;
        foreach (var c in numeral)
        {
            if (c != ',')
            {
                digits[length++] = c;
            }
        }

        return decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }

    private static decimal EnglishMultiplier(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var rest = text[i..];
        return rest.StartsWith("thousand", StringComparison.OrdinalIgnoreCase) ? 1_000m
            : rest.StartsWith("million", StringComparison.OrdinalIgnoreCase) ? 1_000_000m
            : rest.StartsWith("billion", StringComparison.OrdinalIgnoreCase) ? 1_000_000_000m
            : rest.StartsWith("trillion", StringComparison.OrdinalIgnoreCase) ? 1_000_000_000_000m
            : 1m;
    }

    private static void AddWithJapaneseMultiplier(ReadOnlySpan<char> text, ref int i, decimal value, NumberList numbers)
    {
        if (i >= text.Length)
        {
            return;
        }

        var multiplier = JapaneseNumerals.LargeUnit(text[i]);
        if (multiplier == 0)
        {
            return;
        }

        i++;
        var total = value * multiplier;
        if (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            var lookahead = i;
            var lower = ReadArabic(text, ref lookahead);
            if (lookahead < text.Length && JapaneseNumerals.LargeUnit(text[lookahead]) is var lowerMultiplier && lowerMultiplier != 0 && lowerMultiplier < multiplier)
            {
                total += lower * lowerMultiplier;
                numbers.Add(lower);
                i = lookahead + 1;
            }
        }

        numbers.Add(total);
    }
}
