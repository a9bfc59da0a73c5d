namespace Workbench.Storage;

/// <summary>A row of SQLite's <c>edit_history</c> as the archive reads it (time as stored text, <c>undone</c> as 0/1).</summary>
internal sealed record ArchivedHistoryRow(string User, string Description, string BeforeJson, string AfterJson, string AppliedAt, long Undone, string? TextJson);
