namespace Workbench.Storage.Postgres;

/// <summary>A row of PostgreSQL's <c>edit_history</c> as the archive reads it.</summary>
internal sealed record PostgresArchivedHistoryRow(string User, string Description, string BeforeJson, string AfterJson, DateTime AppliedAt, bool Undone, string? TextJson);
