using Dapper;
using Workbench.Core;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Terminology;

namespace Workbench.Storage.Postgres;

/// <summary>The whole-memory reads and writes of <see cref="ITranslationMemoryArchive"/> on PostgreSQL.</summary>
public sealed partial class PostgresTranslationMemory
{
    public IReadOnlyList<HistoryEntry> GetHistory(long documentId) =>
        connection.Query<PostgresArchivedHistoryRow>(
                "SELECT user_name AS \"User\", description AS \"Description\", before_json::text AS \"BeforeJson\", after_json::text AS \"AfterJson\", applied_at AS \"AppliedAt\", undone AS \"Undone\", text_json::text AS \"TextJson\" FROM edit_history WHERE document_id = @documentId ORDER BY id",
                new { documentId })
            .Select(row => new HistoryEntry(
                row.User,
                row.Description,
                LinkJson.Deserialize(row.BeforeJson),
                LinkJson.Deserialize(row.AfterJson),
                new DateTimeOffset(DateTime.SpecifyKind(row.AppliedAt, DateTimeKind.Utc)),
                row.Undone)
            {
                TextChanges = LinkJson.DeserializeTextChanges(row.TextJson),
            })
            .ToList();

    public IEnumerable<ArchivedDocument> ReadArchive()
    {
        var documents = connection.Query<PostgresArchivedDocumentRow>(
                "SELECT id AS \"Id\", name AS \"Name\", en_source AS \"EnglishSource\", ja_source AS \"JapaneseSource\", imported_at AS \"ImportedAt\", link_version AS \"LinkVersion\", content_hash AS \"ContentHash\" FROM documents ORDER BY name COLLATE \"C\"")
            .AsList();
        foreach (var document in documents)
        {
            yield return new ArchivedDocument(
                new NewDocument(
                    document.Name,
                    document.EnglishSource,
                    document.JapaneseSource,
                    GetSegments(document.Id, Language.English),
                    GetSegments(document.Id, Language.Japanese),
                    GetLinks(document.Id)),
                new DateTimeOffset(DateTime.SpecifyKind(document.ImportedAt, DateTimeKind.Utc)),
                document.LinkVersion,
                GetHistory(document.Id))
            {
                ContentHash = document.ContentHash,
            };
        }
    }

    public void WriteArchive(IEnumerable<ArchivedDocument> documents, IReadOnlyList<GlossaryEntry> glossary)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(glossary);
        using var transaction = connection.BeginTransaction();
        // Nobody else may write while the copy fills the memory: the check for emptiness must still hold at commit.
        connection.Execute("LOCK TABLE documents, glossary_entries IN EXCLUSIVE MODE", transaction: transaction);
        if (connection.ExecuteScalar<long>("SELECT (SELECT COUNT(*) FROM documents) + (SELECT COUNT(*) FROM glossary_entries)", transaction: transaction) > 0)
        {
            throw new WorkbenchInputException($"{DisplayName}: the target memory is not empty; copy only into a new database");
        }

        foreach (var archived in documents)
        {
            var document = archived.Document;
            BeadSequence.Validate(document.Links.Select(l => l.Bead).ToList(), document.English.Count, document.Japanese.Count);
            var documentId = InsertDocument(transaction, document, replace: false, archived.ImportedAt, archived.ContentHash);
            connection.Execute(
                "UPDATE documents SET link_version = GREATEST(link_version, @LinkVersion) WHERE id = @documentId",
                new { archived.LinkVersion, documentId },
                transaction);
            connection.Execute(
                "INSERT INTO edit_history (document_id, user_name, description, before_json, after_json, text_json, applied_at, undone) " +
                "VALUES (@documentId, @User, @Description, @Before::jsonb, @After::jsonb, @Text::jsonb, @AppliedAt, @Undone)",
                archived.History.Select(entry => new
                {
                    documentId,
                    entry.User,
                    entry.Description,
                    Before = LinkJson.Serialize(entry.Before),
                    After = LinkJson.Serialize(entry.After),
                    Text = LinkJson.SerializeTextChanges(entry.TextChanges),
                    AppliedAt = entry.AppliedAt.ToUniversalTime(),
                    entry.Undone,
                }),
                transaction);
        }

        InsertGlossary(transaction, glossary);
        transaction.Commit();
    }
}
