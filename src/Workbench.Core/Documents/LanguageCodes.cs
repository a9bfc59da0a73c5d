namespace Workbench.Core.Documents;

/// <summary>Parses the language names users type (en, ja, EN-US, ja_JP) into <see cref="Language"/>.</summary>
public static class LanguageCodes
{
    public static bool TryParse(string? code, out Language language)
    {
        var primary = (code ?? string.Empty).Split('-', '_')[0].Trim().ToUpperInvariant();
        switch (primary)
        {
            case "EN" or "ENG" or "ENGLISH":
                language = Language.English;
                return true;
            case "JA" or "JP" or "JPN" or "JAPANESE":
                language = Language.Japanese;
                return true;
            default:
                language = default;
                return false;
        }
    }

    public static string ToCode(this Language language) => language == Language.English ? "en" : "ja";
}
