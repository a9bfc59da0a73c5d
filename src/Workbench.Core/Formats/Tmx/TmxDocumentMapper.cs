using System.Globalization;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;

namespace Workbench.Core.Formats.Tmx;

/// <summary>
/// Turns a read TMX file into Workbench documents. Each unit gives at most one English and one Japanese segment
/// (its text is not re-segmented) and one link between them. A unit missing one side keeps its text as a null bead
/// (1-0 or 0-1), which TMX and TSV exports leave out; a unit with neither side is skipped. Workbench's own props
/// come back: <c>x-status</c> (auto, confirmed, rejected), <c>x-confidence</c> and, with
/// <see cref="ToNewDocuments"/>, <c>x-document</c>, so export → import-tmx → export gives the same memory. Units of
/// other tools, without these props, are confirmed links of confidence 1.
/// </summary>
public static class TmxDocumentMapper
{
    /// <summary>Confidence of imported links that carry no Workbench <c>x-confidence</c> property.</summary>
    public const double ImportedConfidence = 1.0;

    /// <summary>
    /// One document per <c>x-document</c> value, in order of first appearance; units without the prop go to
    /// <paramref name="defaultName"/>.
    /// </summary>
    /// <param name="importedAt">Time stamp of links whose unit has no changedate.</param>
    public static IReadOnlyList<TmxImportPlan> ToNewDocuments(TmxDocument tmx, string defaultName, string? sourcePath, DateTimeOffset importedAt)
    {
        ArgumentNullException.ThrowIfNull(tmx);
        return tmx.Units
            .GroupBy(unit => unit.Property(TmxPropertyTypes.Document) is { Length: > 0 } name ? name.Trim() : defaultName, StringComparer.Ordinal)
            .Select(group => ToNewDocument(tmx with { Units = group.ToList() }, group.Key, sourcePath, importedAt))
            .ToList();
    }

    /// <summary>Every unit into one document named <paramref name="name"/>.</summary>
    /// <param name="importedAt">Time stamp of links whose unit has no changedate.</param>
    public static TmxImportPlan ToNewDocument(TmxDocument tmx, string name, string? sourcePath, DateTimeOffset importedAt)
    {
        ArgumentNullException.ThrowIfNull(tmx);
        var english = new List<Segment>();
        var japanese = new List<Segment>();
        var links = new List<AlignmentLink>();
        int pairs = 0, englishOnly = 0, japaneseOnly = 0, skipped = 0;
        for (var ordinal = 0; ordinal < tmx.Units.Count; ordinal++)
        {
            var unit = tmx.Units[ordinal];
            var englishText = NonEmptyText(unit, Language.English);
            var japaneseText = NonEmptyText(unit, Language.Japanese);
            if (englishText is null && japaneseText is null)
            {
                skipped++;
                continue;
            }

            var bead = new Bead(english.Count, englishText is null ? 0 : 1, japanese.Count, japaneseText is null ? 0 : 1, Confidence(unit));
            if (englishText is not null)
            {
                english.Add(new Segment(english.Count, ordinal, unit.Line, englishText));
            }

            if (japaneseText is not null)
            {
                japanese.Add(new Segment(japanese.Count, ordinal, unit.Line, japaneseText));
            }

            links.Add(new AlignmentLink(bead, Status(unit), unit.ChangeDate ?? importedAt));
            (pairs, englishOnly, japaneseOnly) = (englishText, japaneseText) switch
            {
                (not null, not null) => (pairs + 1, englishOnly, japaneseOnly),
                (not null, null) => (pairs, englishOnly + 1, japaneseOnly),
                _ => (pairs, englishOnly, japaneseOnly + 1),
            };
        }

        var document = new NewDocument(name, sourcePath, sourcePath, english, japanese, links);
        return new TmxImportPlan(document, pairs, englishOnly, japaneseOnly, skipped);
    }

    private static string? NonEmptyText(TmxUnit unit, Language language) =>
        unit.Find(language)?.Text is { Length: > 0 } text ? text : null;

    /// <summary>A Workbench export's review status survives a round trip; other tools' units count as confirmed.</summary>
    private static LinkStatus Status(TmxUnit unit) => unit.Property(TmxPropertyTypes.Status)?.Trim() switch
    {
        "auto" => LinkStatus.Auto,
        "rejected" => LinkStatus.Rejected,
        _ => LinkStatus.Confirmed,
    };

    /// <summary>A Workbench export's confidence survives a round trip; other tools' units count as fully trusted.</summary>
    private static double Confidence(TmxUnit unit) =>
        double.TryParse(unit.Property(TmxPropertyTypes.Confidence), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && value is >= 0 and <= 1
            ? value
            : ImportedConfidence;
}
