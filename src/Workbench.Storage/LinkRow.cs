using Workbench.Core.Alignment;
using Workbench.Core.Documents;

namespace Workbench.Storage;

/// <summary>A row of the <c>links</c> table as Dapper reads it.</summary>
internal sealed class LinkRow
{
    public long DocumentId { get; set; }

    public long EnStart { get; set; }

    public long EnCount { get; set; }

    public long JaStart { get; set; }

    public long JaCount { get; set; }

    public double Confidence { get; set; }

    public string Status { get; set; } = string.Empty;

    public string UpdatedAt { get; set; } = string.Empty;

    public const string Columns =
        "document_id AS DocumentId, en_start AS EnStart, en_count AS EnCount, ja_start AS JaStart, ja_count AS JaCount, " +
        "confidence AS Confidence, status AS Status, updated_at AS UpdatedAt";

    public AlignmentLink ToLink() => new(
        new Bead((int)EnStart, (int)EnCount, (int)JaStart, (int)JaCount, Confidence),
        StatusNames.FromColumn(Status),
        Timestamps.Parse(UpdatedAt));
}
