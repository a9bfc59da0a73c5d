namespace Workbench.Storage;

/// <summary>A row of SQLite's <c>documents</c> as the archive reads it (time as stored text).</summary>
internal sealed record ArchivedDocumentRow(long Id, string Name, string? EnglishSource, string? JapaneseSource, string ImportedAt, long LinkVersion, string? ContentHash);
