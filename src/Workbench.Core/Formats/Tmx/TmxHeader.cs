namespace Workbench.Core.Formats.Tmx;

/// <summary>The <c>&lt;header&gt;</c> of a TMX file; attributes are null when absent.</summary>
/// <param name="SourceLanguage">srclang: a language code, or <see cref="AllLanguages"/> when any variant may be the source.</param>
public sealed record TmxHeader(
    string? SourceLanguage,
    string? CreationTool,
    string? CreationToolVersion,
    string? SegmentType,
    string? DataType,
    IReadOnlyList<TmxProperty> Properties,
    IReadOnlyList<string> Notes)
{
    /// <summary>The srclang value meaning "every variant can be the source".</summary>
    public const string AllLanguages = "*all*";

    public static TmxHeader Empty { get; } = new(null, null, null, null, null, [], []);

    public bool SourceIsAnyLanguage => string.Equals(SourceLanguage, AllLanguages, StringComparison.OrdinalIgnoreCase);
}
