namespace Workbench.Storage;

/// <summary>A row of the <c>edit_history</c> table as Dapper reads it.</summary>
internal sealed class HistoryRow
{
    public long Id { get; set; }

    public string Description { get; set; } = string.Empty;

    public string BeforeJson { get; set; } = string.Empty;

    public string AfterJson { get; set; } = string.Empty;

    /// <summary>Segment text changes of a text edit; null for a link edit.</summary>
    public string? TextJson { get; set; }
}
