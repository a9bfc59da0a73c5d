namespace Workbench.Storage.Postgres;

/// <summary>A row of PostgreSQL's <c>documents</c> as the archive reads it.</summary>
internal sealed record PostgresArchivedDocumentRow(long Id, string Name, string? EnglishSource, string? JapaneseSource, DateTime ImportedAt, long LinkVersion, string? ContentHash);
