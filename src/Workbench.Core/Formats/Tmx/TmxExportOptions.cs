namespace Workbench.Core.Formats.Tmx;

/// <summary>How <see cref="TmxWriter"/> labels what it writes.</summary>
/// <param name="EnglishCode">BCP 47 tag for the English variants and the header's srclang.</param>
/// <param name="JapaneseCode">BCP 47 tag for the Japanese variants.</param>
/// <param name="CreationToolVersion">Written as the header's creationtoolversion.</param>
/// <param name="CreationDate">Header creationdate; null means the time of the export.</param>
/// <param name="SegmentType">Header segtype: <c>sentence</c>, or <c>paragraph</c> for <see cref="ParagraphUnits"/>
/// (OmegaT re-segments a paragraph memory with its own rules when it loads it).</param>
public sealed record TmxExportOptions(
    string EnglishCode = TmxExportOptions.DefaultEnglishCode,
    string JapaneseCode = TmxExportOptions.DefaultJapaneseCode,
    string CreationToolVersion = TmxExportOptions.DefaultToolVersion,
    DateTimeOffset? CreationDate = null,
    string SegmentType = TmxExportOptions.SentenceSegments)
{
    public const string SentenceSegments = "sentence";

    public const string ParagraphSegments = "paragraph";

    /// <summary>Region-qualified codes: Trados and memoQ want a locale, OmegaT and Okapi accept either.</summary>
    public const string DefaultEnglishCode = "en-US";

    public const string DefaultJapaneseCode = "ja-JP";

    public const string DefaultToolVersion = "0.1.0";

    public static TmxExportOptions Default { get; } = new();
}
