using System.Data;
using Dapper;
using Workbench.Core.Documents;

namespace Workbench.Storage;

/// <summary>
/// The <c>document_metadata</c> table (migration 0004): what each side's source page declared, one row per document
/// and language, written only when the page declared something.
/// </summary>
internal static class DocumentMetadataTable
{
    public static void Insert(IDbConnection connection, IDbTransaction transaction, long documentId, NewDocument document)
    {
        Insert(connection, transaction, documentId, Language.English, document.EnglishMetadata);
        Insert(connection, transaction, documentId, Language.Japanese, document.JapaneseMetadata);
    }

    /// <summary>The summaries with the metadata of their documents filled in.</summary>
    /// <param name="arrayParameter">PostgreSQL: pass the ids as one array (<c>= ANY(@ids)</c>); SQLite: as a list
    /// Dapper expands into <c>IN (...)</c>.</param>
    public static List<DocumentSummary> Attach(IDbConnection connection, List<DocumentSummary> summaries, bool arrayParameter = false)
    {
        if (summaries.Count == 0)
        {
            return summaries;
        }

        var rows = connection.Query<MetadataRow>(
                "SELECT document_id AS DocumentId, lang AS Lang, title AS Title, byline AS Byline, published AS Published, url AS Url FROM document_metadata WHERE document_id " + (arrayParameter ? "= ANY(@ids)" : "IN @ids"),
                new { ids = summaries.Select(s => s.Id).ToArray() })
            .ToLookup(row => row.DocumentId);
        return summaries
            .Select(summary => rows[summary.Id] is var found && found.Any()
                ? summary with
                {
                    EnglishMetadata = Find(found, Language.English),
                    JapaneseMetadata = Find(found, Language.Japanese),
                }
                : summary)
            .ToList();
    }

    private static SourceMetadata Find(IEnumerable<MetadataRow> rows, Language language) =>
        rows.FirstOrDefault(row => row.Lang == language.ToCode())?.ToMetadata() ?? SourceMetadata.Empty;

    private static void Insert(IDbConnection connection, IDbTransaction transaction, long documentId, Language language, SourceMetadata metadata)
    {
        if (metadata.IsEmpty)
        {
            return;
        }

        connection.Execute(
            "INSERT INTO document_metadata (document_id, lang, title, byline, published, url) VALUES (@documentId, @lang, @Title, @Byline, @published, @Url)",
            new
            {
                documentId,
                lang = language.ToCode(),
                metadata.Title,
                metadata.Byline,
                published = metadata.Published is { } date ? Timestamps.Format(date) : null,
                metadata.Url,
            },
            transaction);
    }

    internal sealed class MetadataRow
    {
        public long DocumentId { get; set; }

        public string Lang { get; set; } = string.Empty;

        public string? Title { get; set; }

        public string? Byline { get; set; }

        public string? Published { get; set; }

        public string? Url { get; set; }

        public SourceMetadata ToMetadata() =>
            new(Title, Byline, Published is null ? null : Timestamps.Parse(Published), Url);
    }
}
