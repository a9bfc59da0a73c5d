using System.Globalization;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;

namespace Workbench.Core.Formats.Tmx;

/// <summary>
/// Turns a read TMX file into a Workbench document. Each unit gives at most one English and one Japanese segment
/// (its text is not re-segmented) and one confirmed link between them. A unit missing one side keeps its text as a
/// confirmed null bead (1-0 or 0-1), which TMX and TSV exports leave out; a unit with neither side is skipped.
/// </summary>
public static class TmxDocumentMapper
{
    /// <summary>Confidence of imported links that carry no Workbench <c>x-confidence</c> property.</summary>
    public const double ImportedConfidence = 1.0;

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

            links.Add(new AlignmentLink(bead, LinkStatus.Confirmed, unit.ChangeDate ?? importedAt));
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

    /// <summary>A Workbench export's confidence survives a round trip; other tools' units count as fully trusted.</summary>
    private static double Confidence(TmxUnit unit) =>
        double.TryParse(unit.Property(TmxPropertyTypes.Confidence), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && value is >= 0 and <= 1
            ? value
            : ImportedConfidence;
}
