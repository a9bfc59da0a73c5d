using Dapper;
using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Core.Terminology;

namespace Workbench.Storage;

/// <summary>The whole-memory reads and writes of <see cref="ITranslationMemoryArchive"/> on SQLite.</summary>
public sealed partial class SqliteTranslationMemory
{
    public IReadOnlyList<HistoryEntry> GetHistory(long documentId) =>
        connection.Query<ArchivedHistoryRow>(
                "SELECT user_name AS User, description AS Description, before_json AS BeforeJson, after_json AS AfterJson, applied_at AS AppliedAt, undone AS Undone, text_json AS TextJson FROM edit_history WHERE document_id = @documentId ORDER BY id",
                new { documentId })
            .Select(row => new HistoryEntry(
                row.User, row.Description, LinkJson.Deserialize(row.BeforeJson), LinkJson.Deserialize(row.AfterJson), Timestamps.Parse(row.AppliedAt), row.Undone != 0)
            {
                TextChanges = LinkJson.DeserializeTextChanges(row.TextJson),
            })
            .ToList();

    public IEnumerable<ArchivedDocument> ReadArchive()
    {
        var documents = connection.Query<ArchivedDocumentRow>(
                "SELECT id AS Id, name AS Name, en_source AS EnglishSource, ja_source AS JapaneseSource, imported_at AS ImportedAt, link_version AS LinkVersion, content_hash AS ContentHash FROM documents ORDER BY name")
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
                Timestamps.Parse(document.ImportedAt),
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
        using var transaction = connection.BeginTransaction(deferred: false);
        if (connection.ExecuteScalar<long>("SELECT (SELECT COUNT(*) FROM documents) + (SELECT COUNT(*) FROM glossary_entries)", transaction: transaction) > 0)
        {
            throw new WorkbenchInputException("the target memory is not empty; copy only into a new database");
        }

        foreach (var archived in documents)
        {
            var document = archived.Document;
            Core.Alignment.BeadSequence.Validate(document.Links.Select(l => l.Bead).ToList(), document.English.Count, document.Japanese.Count);
            var documentId = connection.ExecuteScalar<long>(
                "INSERT INTO documents (name, en_source, ja_source, imported_at, link_version, content_hash) VALUES (@Name, @EnglishSource, @JapaneseSource, @ImportedAt, @LinkVersion, @ContentHash) RETURNING id",
                new { document.Name, document.EnglishSource, document.JapaneseSource, ImportedAt = Timestamps.Format(archived.ImportedAt), archived.LinkVersion, archived.ContentHash },
                transaction);
            SqliteSearchIndexWriter.Pause(connection, transaction, documentId);
            InsertSegments(documentId, Language.English, document.English);
            InsertSegments(documentId, Language.Japanese, document.Japanese);
            var linkIds = InsertLinks(documentId, document.Links);
            SqliteSearchIndexWriter.IndexDocument(connection, transaction, documentId, document, linkIds, searchKeys: null);
            connection.Execute(
                "INSERT INTO edit_history (document_id, user_name, description, before_json, after_json, text_json, applied_at, undone) VALUES (@documentId, @User, @Description, @Before, @After, @Text, @AppliedAt, @Undone)",
                archived.History.Select(entry => new
                {
                    documentId,
                    entry.User,
                    entry.Description,
                    Before = LinkJson.Serialize(entry.Before),
                    After = LinkJson.Serialize(entry.After),
                    Text = LinkJson.SerializeTextChanges(entry.TextChanges),
                    AppliedAt = Timestamps.Format(entry.AppliedAt),
                    Undone = entry.Undone ? 1 : 0,
                }),
                transaction);
        }

        connection.Execute(
            "INSERT INTO glossary_entries (english, approved, note, forbidden) VALUES (@English, @Approved, @Note, @Forbidden)",
            glossary.Select(entry => new
            {
                entry.English,
                Approved = GlossaryRows.ToColumn(entry.Approved),
                entry.Note,
                Forbidden = GlossaryRows.ToColumn(entry.Forbidden),
            }),
            transaction);
        transaction.Commit();
    }
}
