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
        var tokens = new List<string>();
        foreach (Match match in Token().Matches(text))
        {
            var token = match.Value;
            if (token.Length > 2 && token[^1] == 's' && char.IsAsciiLetterUpper(token[^2]))
            {
                token = token[..^1];
            }

            var upper = token.Count(char.IsAsciiLetterUpper);
            var lower = token.Count(char.IsAsciiLetterLower);
            var digits = token.Count(char.IsAsciiDigit);
            var isAcronym = upper >= 2 && lower == 0;
            var isDesignation = upper >= 1 && digits >= 1;
            if ((isAcronym || isDesignation) && !exemptions.Contains(token) && !RomanNumeral().IsMatch(token) && !tokens.Contains(token))
            {
                tokens.Add(token);
            }
        }

        return tokens;
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

    [GeneratedRegex(@"(?<![A-Za-z0-9-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"^[IVXLC]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumeral();
}
