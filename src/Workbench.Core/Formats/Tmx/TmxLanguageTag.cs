using Workbench.Core.Documents;

namespace Workbench.Core.Formats.Tmx;

/// <summary>
/// BCP 47 language tags as CAT tools expect them in <c>xml:lang</c> and <c>srclang</c>: hyphens not underscores,
/// language in lower case, script in title case, region in upper case (<c>en-US</c>, <c>ja-JP</c>, <c>zh-Hant-TW</c>).
/// </summary>
public static class TmxLanguageTag
{
    /// <summary>Canonical form of a user-supplied code for <paramref name="expected"/>; throws
    /// <see cref="WorkbenchInputException"/> for codes tools reject (empty, <c>und</c>, another language).</summary>
    public static string Normalize(string? code, Language expected)
    {
        var subtags = (code ?? string.Empty).Trim().Replace('_', '-').Split('-');
        var primary = subtags[0].ToLowerInvariant();
        if (primary != expected.ToCode())
        {
            throw new WorkbenchInputException(
                $"'{code}' is not a usable {expected} language code: expected a BCP 47 tag starting with '{expected.ToCode()}', such as {Example(expected)}");
        }

        for (var i = 1; i < subtags.Length; i++)
        {
            var subtag = subtags[i];
            if (subtag.Length == 0 || subtag.Length > 8 || !subtag.All(char.IsAsciiLetterOrDigit))
            {
                throw new WorkbenchInputException($"'{code}' is not a valid BCP 47 language tag (subtag '{subtag}')");
            }

            subtags[i] = subtag.Length switch
            {
                2 => subtag.ToUpperInvariant(),
                4 when subtag.All(char.IsAsciiLetter) => char.ToUpperInvariant(subtag[0]) + subtag[1..].ToLowerInvariant(),
                _ => subtag.ToLowerInvariant(),
            };
        }

        subtags[0] = primary;
        return string.Join('-', subtags);
    }

    /// <summary>Which Workbench language a TMX <c>xml:lang</c> value names (EN-US, en_us, en, ja-JP, JA ...).</summary>
    public static bool TryMatch(string? code, out Language language) => LanguageCodes.TryParse(code, out language);

    private static string Example(Language language) => language == Language.English ? "en or en-US" : "ja or ja-JP";
}
