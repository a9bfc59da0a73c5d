using Workbench.Core.Documents;

namespace Workbench.Core.Formats.Tmx;

/// <summary>One <c>&lt;tu&gt;</c>.</summary>
/// <param name="Id">The tuid, if any.</param>
/// <param name="Line">1-based line of the unit in the file.</param>
/// <param name="SourceLanguage">The unit's srclang, if it overrides the header's.</param>
/// <param name="ChangeDate">The unit's changedate, when present and well-formed.</param>
public sealed record TmxUnit(
    string? Id,
    int Line,
    string? SourceLanguage,
    DateTimeOffset? ChangeDate,
    IReadOnlyList<TmxProperty> Properties,
    IReadOnlyList<string> Notes,
    IReadOnlyList<TmxVariant> Variants)
{
    /// <summary>The first variant whose language code names <paramref name="language"/> (en, EN-US, en_gb ...).</summary>
    public TmxVariant? Find(Language language) =>
        Variants.FirstOrDefault(v => TmxLanguageTag.TryMatch(v.Language, out var found) && found == language);

    /// <summary>The value of the first property of <paramref name="type"/>, if any.</summary>
    public string? Property(string type) =>
        Properties.FirstOrDefault(p => string.Equals(p.Type, type, StringComparison.Ordinal))?.Value;
}
