using System.Text.RegularExpressions;

namespace Workbench.Core.Terminology;

/// <summary>
/// Latin-script tokens a Japanese translation normally keeps as written: acronyms (NATO, ICBMs → ICBM) and
/// designations mixing letters and digits (B-2, F-35A, B61).
/// </summary>
public static partial class LatinTokenExtractor
{
    public static IReadOnlyList<string> English(string text, IReadOnlySet<string> exemptions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(exemptions);
        List<string>? tokens = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]) || (i > 0 && (char.IsAsciiLetterOrDigit(text[i - 1]) || text[i - 1] == '-')))
            {
                i++;
                continue;
            }

            // One token: alphanumeric runs joined by single hyphens (F-35A).
            var start = i;
            int upper = 0, lower = 0, digits = 0;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))))
            {
                upper += char.IsAsciiLetterUpper(text[i]) ? 1 : 0;
                lower += char.IsAsciiLetterLower(text[i]) ? 1 : 0;
                digits += char.IsAsciiDigit(text[i]) ? 1 : 0;
                i++;
            }

            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                continue;
            }

            var end = i;
            if (end - start > 2 && text[end - 1] == 's' && char.IsAsciiLetterUpper(text[end - 2]))
            {
                end--;
                lower--;
            }

            var isAcronym = upper >= 2 && lower == 0;
            var isDesignation = upper >= 1 && digits >= 1;
            if (!isAcronym && !isDesignation)
            {
                continue;
            }

            var token = text[start..end];
            if (!exemptions.Contains(token) && !RomanNumeral().IsMatch(token) && !(tokens?.Contains(token) ?? false))
            {
                (tokens ??= []).Add(token);
            }
        }

        return tokens is null ? [] : tokens;
    }

    /// <summary>Whether the normalised Japanese contains the token as a whole Latin word, hyphens optional.</summary>
    public static bool PresentIn(string normalizedJapanese, string token)
    {
        ArgumentNullException.ThrowIfNull(normalizedJapanese);
        ArgumentNullException.ThrowIfNull(token);
        var haystack = normalizedJapanese.Replace("-", "", StringComparison.Ordinal);
        var needle = token.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal);
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var end = at + needle.Length;
            var wholeWord = (at == 0 || !char.IsAsciiLetterOrDigit(haystack[at - 1]))
                && (end == haystack.Length || !char.IsAsciiLetterOrDigit(haystack[end]) || (haystack[end] == 's' && (end + 1 == haystack.Length || !char.IsAsciiLetterOrDigit(haystack[end + 1]))));
            if (wholeWord)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^[IVXLC]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumeral();
}
