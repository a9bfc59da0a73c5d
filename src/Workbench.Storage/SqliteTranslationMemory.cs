using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Workbench.Core;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Search;
using Workbench.Core.Storage;
using Workbench.Core.Terminology;

namespace Workbench.Storage;

/// <summary>
/// <see cref="ITranslationMemory"/> on one SQLite connection (WAL, foreign keys on). Every public write runs in a
/// single transaction, so a crash or an error leaves the database as it was before the call.
/// </summary>
public sealed partial class SqliteTranslationMemory : ITranslationMemory, ITranslationMemoryArchive, IBatchImportTarget
{
    private readonly SqliteConnection connection;
    private readonly TimeProvider clock;
    private readonly ReviewPolicy reviewPolicy;
    private readonly string user;
    private readonly bool usesWal;
    private Task? checkpoint;
    private WriteBehind? writeBehind;

    private SqliteTranslationMemory(SqliteConnection connection, TimeProvider clock, ReviewPolicy reviewPolicy, string user, bool usesWal)
    {
        this.connection = connection;
        this.clock = clock;
        this.reviewPolicy = reviewPolicy;
        this.user = user;
        this.usesWal = usesWal;
        SearchIndex = new SqliteMemorySearchIndex(connection);
    }

    /// <summary>Concordance and fuzzy index, kept in step with every write (migrations 0003 and 0007, <see cref="SqliteSearchIndexWriter"/>).</summary>
    public IMemorySearchIndex SearchIndex { get; }

    /// <summary>
    /// Opens (creating if needed) the database file and migrates it to the newest schema. <paramref name="user"/> is
    /// recorded with every edit (default: the OS user name).
    /// </summary>
    public static SqliteTranslationMemory Open(string path, TimeProvider? clock = null, ReviewPolicy? reviewPolicy = null, string? user = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            throw new WorkbenchInputException($"{path}: is a directory, not a database file");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
        return OpenConnection(new SqliteConnection(connectionString), path, DatabaseAccess.ReadWrite, clock, reviewPolicy, user);
    }

    /// <summary>
    /// Opens an existing database for reading only: never creates the file or its folder, never writes (a read-only
    /// file can be listed and exported), and leaves no <c>-wal</c>/<c>-shm</c> beside a database that writers closed
    /// (they leave it in rollback-journal mode, see <see cref="Dispose"/>). A database of an older schema is
    /// migrated first when the file is writable.
    /// </summary>
    public static SqliteTranslationMemory OpenReadOnly(string path, TimeProvider? clock = null, ReviewPolicy? reviewPolicy = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            throw new WorkbenchInputException($"{path}: is a directory, not a database file");
        }

        if (!File.Exists(path))
        {
            throw new WorkbenchInputException($"{path}: no such database (nothing has been imported into it yet)");
        }

        if (NeedsMigration(path))
        {
            try
            {
                Open(path, clock, reviewPolicy).Dispose();
            }
            catch (WorkbenchInputException)
            {
                // A file that cannot be written stays at its version; EnsureCurrentSchema explains what to do.
            }
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            ForeignKeys = true,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
        return OpenConnection(new SqliteConnection(connectionString), path, DatabaseAccess.ReadOnly, clock, reviewPolicy, user: null);
    }

    /// <summary>A private in-memory database, for tests and throw-away runs.</summary>
    public static SqliteTranslationMemory OpenInMemory(TimeProvider? clock = null, ReviewPolicy? reviewPolicy = null, string? user = null) =>
        OpenConnection(new SqliteConnection("Data Source=:memory:;Foreign Keys=True"), ":memory:", DatabaseAccess.InMemory, clock, reviewPolicy, user);

    public long ImportDocument(NewDocument document, bool replace) => ImportDocument(document, replace, contentHash: null);

    public IReadOnlyDictionary<string, string?> GetContentHashes() =>
        connection.Query<DocumentHashRow>("SELECT name AS Name, content_hash AS Hash FROM documents")
            .ToDictionary(row => row.Name, row => row.Hash, StringComparer.Ordinal);

    public long ImportDocument(NewDocument document, bool replace, string? contentHash) => Import(document, replace, contentHash, searchKeys: null);

    public long ImportDocument(NewDocument document, bool replace, IReadOnlyList<LinkSearchKeys?> searchKeys) => Import(document, replace, contentHash: null, searchKeys);

    /// <summary>All the documents in one transaction: a clash or an error leaves the database as it was.</summary>
    public void ImportDocuments(IReadOnlyList<NewDocument> documents, bool replace)
    {
        ArgumentNullException.ThrowIfNull(documents);
        using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var document in documents)
        {
            InsertDocument(transaction, document, replace);
        }

        CommitWholeDocument(transaction);
    }

    public IReadOnlyList<DocumentSummary> ListDocuments() => QuerySummaries(whereClause: string.Empty, name: null);

    public DocumentSummary? FindDocument(string name) =>
        QuerySummaries("WHERE d.name = @name", name).SingleOrDefault();

    public IReadOnlyList<Segment> GetSegments(long documentId, Language language) =>
        connection.Query<SegmentRow>(
                $"SELECT {SegmentRow.Columns} FROM segments WHERE document_id = @documentId AND lang = @lang ORDER BY idx",
                new { documentId, lang = language.ToCode() })
            .Select(row => row.ToSegment())
            .ToList();

    public IReadOnlyList<AlignmentLink> GetLinks(long documentId) => ReadLinks(documentId).ToList();

    public IReadOnlyList<AlignmentLink> ApplyEdit(long documentId, LinkEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        LinkEdits.EnsureSameCoverage(edit);
        var now = Timestamps.Now(clock);
        return Refusing("apply the edit", () =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var version = connection.ExecuteScalar<long?>(
                "UPDATE documents SET link_version = link_version + 1 WHERE id = @documentId RETURNING link_version", new { documentId }, transaction)
                ?? throw LinkEdits.MissingDocument(documentId);
            var after = LinkEdits.Stamp(edit.After, now, version);
            ReplaceLinks(transaction, documentId, edit.Before, after, edit.Description);
            RecordHistory(transaction, documentId, edit.Description, LinkJson.Serialize(edit.Before), LinkJson.Serialize(after), textJson: null, now);
            transaction.Commit();
            return after;
        });
    }

    public void EditSegmentText(long documentId, string description, SegmentTextChange change)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(change);
        var now = Timestamps.Now(clock);
        Refusing("save the text", () =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            LinkEdits.ReplaceSegmentText(connection, transaction, documentId, change.Side, change.Index, change.Before, change.After);
            RecordHistory(transaction, documentId, description, "[]", "[]", JsonSerializer.Serialize([change], StorageJson.Default.IReadOnlyListSegmentTextChange), now);
            transaction.Commit();
            return true;
        });
    }

    public LinkEdit? Undo(long documentId) => Refusing("undo", () =>
        StepHistory(documentId, "SELECT id AS Id, description AS Description, before_json AS BeforeJson, after_json AS AfterJson, text_json AS TextJson FROM edit_history WHERE document_id = @documentId AND user_name IN (@user, '') AND undone = 0 ORDER BY id DESC LIMIT 1", undo: true));

    public LinkEdit? Redo(long documentId) => Refusing("redo", () =>
        StepHistory(documentId, "SELECT id AS Id, description AS Description, before_json AS BeforeJson, after_json AS AfterJson, text_json AS TextJson FROM edit_history WHERE document_id = @documentId AND user_name IN (@user, '') AND undone = 1 ORDER BY id ASC LIMIT 1", undo: false));

    public IEnumerable<AlignedPair> StreamPairs(PairQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var documents = connection.Query<DocumentNameRow>("SELECT id, name FROM documents ORDER BY name").AsList();
        var wanted = query.Documents.Count == 0 ? null : new HashSet<string>(query.Documents, StringComparer.Ordinal);
        foreach (var (id, name) in documents)
        {
            if (wanted is not null && !wanted.Contains(name))
            {
                continue;
            }

            foreach (var pair in StreamDocumentPairs(id, name, query))
            {
                yield return pair;
            }
        }
    }

    public void ReplaceGlossary(IReadOnlyList<GlossaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Refusing("save the glossary", () =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            connection.Execute("DELETE FROM glossary_entries", transaction: transaction);
            connection.Execute(
                "INSERT INTO glossary_entries (english, approved, note, forbidden) VALUES (@English, @Approved, @Note, @Forbidden)",
                entries.Select(entry => new
                {
                    entry.English,
                    Approved = GlossaryRows.ToColumn(entry.Approved),
                    entry.Note,
                    Forbidden = GlossaryRows.ToColumn(entry.Forbidden),
                }),
                transaction);
            transaction.Commit();
            return true;
        });
    }

    public IReadOnlyList<GlossaryEntry> GetGlossary() =>
        connection.Query<GlossaryRow>(
                "SELECT english, approved, note, forbidden FROM glossary_entries ORDER BY id")
            .Select(GlossaryRows.ToEntry)
            .ToList();

    /// <summary>
    /// The last writer out puts the database back into rollback-journal mode, which checkpoints the WAL and removes
    /// <c>-wal</c>/<c>-shm</c>: a read-only connection could not remove them and would otherwise leave them behind.
    /// Called through the raw API so that, while another connection is open, it fails at once instead of waiting out
    /// the busy timeout; the next writer switches back to WAL.
    /// </summary>
    public void Dispose()
    {
        WaitForCheckpoint();
        if (usesWal && connection.State == System.Data.ConnectionState.Open)
        {
            SQLitePCL.raw.sqlite3_exec(connection.Handle, "PRAGMA journal_mode = DELETE");
        }

        connection.Dispose();
    }

    /// <summary>
    /// Commits a whole-document write; on a WAL file, without checkpointing in the commit, and starts the checkpoint
    /// on a connection of its own (<see cref="WalCheckpointBeside"/>) unless one is still running (then the switch
    /// back to rollback-journal mode at <see cref="Dispose"/> copies what it leaves).
    /// </summary>
    private void CommitWholeDocument(SqliteTransaction transaction)
    {
        if (!usesWal)
        {
            transaction.Commit();
            return;
        }

        WalCheckpointBeside.Commit(connection, transaction);
        if (checkpoint is null || checkpoint.IsCompleted)
        {
            StartWriteBehind();
            checkpoint = WalCheckpointBeside.Start(connection);
        }
    }

    /// <summary>The checkpoint's connection must be closed before the file leaves WAL mode; its failure leaves the
    /// work to that switch, which checkpoints whatever the log still holds.</summary>
    private void WaitForCheckpoint()
    {
        try
        {
            checkpoint?.Wait();
        }
        catch (AggregateException)
        {
            // See WalCheckpointBeside.Start: nothing is lost, the next checkpoint copies the log.
        }

        checkpoint = null;
        writeBehind?.Dispose();
        writeBehind = null;
    }

    /// <summary>Whether the file and its log are being written behind now (tests).</summary>
    internal bool WritingBehind => writeBehind?.Running == true;

    /// <summary>Starts writing the file and its log behind (<see cref="WriteBehind"/>) unless it already is, until the
    /// checkpoint after the commit is waited for.</summary>
    private void StartWriteBehind()
    {
        if (usesWal && writeBehind is null)
        {
            writeBehind = WriteBehind.Start(connection.DataSource);
        }
    }

    /// <summary>A Workbench database of an older schema (not an empty or foreign file) is brought forward before it
    /// is read; migrations are what a new version must do once, whichever command opens the file first.</summary>
    private static bool NeedsMigration(string path)
    {
        using var probe = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            probe.Open();
            var version = SchemaMigrator.CurrentVersion(probe);
            return version > 0 && version < SchemaMigrator.LatestVersion;
        }
        catch (SqliteException)
        {
            return false; // not SQLite: OpenConnection says so in one line
        }
    }

    private static void EnsureCurrentSchema(SqliteConnection connection, string path)
    {
        var version = SchemaMigrator.CurrentVersion(connection);
        if (version == 0)
        {
            throw new WorkbenchInputException($"{path}: empty database (nothing has been imported into it yet)");
        }

        if (version > SchemaMigrator.LatestVersion)
        {
            throw new WorkbenchInputException(
                $"{path}: database schema version {version} is newer than this workbench supports ({SchemaMigrator.LatestVersion}); upgrade workbench");
        }

        if (version < SchemaMigrator.LatestVersion)
        {
            throw new WorkbenchInputException(
                $"{path}: database schema version {version} needs an upgrade to {SchemaMigrator.LatestVersion}, and the file cannot be written; make it writable and run the command again");
        }
    }

    private static SqliteTranslationMemory OpenConnection(
        SqliteConnection connection, string path, DatabaseAccess access, TimeProvider? clock, ReviewPolicy? reviewPolicy, string? user)
    {
        try
        {
            SqliteLibrary.EnsureConfigured();
            connection.Open();
            DatabaseFileCheck.EnsureWorkbenchOrEmpty(connection, path);
            var useWal = access == DatabaseAccess.ReadWrite;
            if (useWal)
            {
                connection.Execute("PRAGMA journal_mode = WAL");
                connection.Execute("PRAGMA synchronous = NORMAL");
            }

            connection.Execute("PRAGMA foreign_keys = ON");
            if (access == DatabaseAccess.ReadOnly)
            {
                EnsureCurrentSchema(connection, path);
            }
            else
            {
                SchemaMigrator.Migrate(connection);
            }

            return new SqliteTranslationMemory(connection, clock ?? TimeProvider.System, reviewPolicy ?? ReviewPolicy.Default, user ?? ReviewUsers.Default, useWal);
        }
        catch (SqliteException error) when (DatabaseFileCheck.IsNotADatabase(error))
        {
            connection.Dispose();
            throw DatabaseFileCheck.NotWorkbench(path, "not an SQLite file");
        }
        catch (SqliteException error)
        {
            connection.Dispose();
            throw new WorkbenchInputException($"{path}: cannot open database: {error.Message}", error);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private long Import(NewDocument document, bool replace, string? contentHash, IReadOnlyList<LinkSearchKeys?>? searchKeys)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var transaction = connection.BeginTransaction(deferred: false);
        var documentId = InsertDocument(transaction, document, replace, contentHash, searchKeys);
        CommitWholeDocument(transaction);
        return documentId;
    }

    private long InsertDocument(
        SqliteTransaction transaction, NewDocument document, bool replace, string? contentHash = null, IReadOnlyList<LinkSearchKeys?>? searchKeys = null)
    {
        BeadSequence.Validate(document.Links.Select(l => l.Bead).ToList(), document.English.Count, document.Japanese.Count);
        var documentId = WriteDocument(transaction, document, ExistingDocument(transaction, document.Name, replace), contentHash);
        WriteLinks(transaction, documentId, document, searchKeys);
        return documentId;
    }

    /// <summary>The id of the stored document of this name, which the import replaces; throws when it may not.</summary>
    private long? ExistingDocument(SqliteTransaction transaction, string name, bool replace)
    {
        var existing = connection.ExecuteScalar<long?>("SELECT id FROM documents WHERE name = @name", new { name }, transaction);
        return existing is not null && !replace ? throw new DocumentExistsException(name) : existing;
    }

    /// <summary>
    /// Everything of an import that does not depend on its links: removes the document it replaces, writes the
    /// document row (its search index paused), its segments and page metadata. Returns the new document's id.
    /// </summary>
    private long WriteDocument(SqliteTransaction transaction, NewDocument document, long? replaced, string? contentHash)
    {
        if (replaced is { } replacedId)
        {
            SqliteSearchIndexWriter.DeleteDocument(connection, transaction, replacedId);
        }

        var documentId = connection.ExecuteScalar<long>(
            "INSERT INTO documents (name, en_source, ja_source, imported_at, link_version, content_hash) VALUES (@Name, @EnglishSource, @JapaneseSource, @ImportedAt, @LinkVersion, @contentHash) RETURNING id",
            new
            {
                contentHash,
                document.Name,
                document.EnglishSource,
                document.JapaneseSource,
                ImportedAt = Timestamps.Format(Timestamps.Now(clock)),
                LinkVersion = LinkVersion(document.Links),
            },
            transaction);
        SqliteSearchIndexWriter.Pause(connection, transaction, documentId);
        TriggersStandAside.Run(connection, () =>
        {
            InsertSegments(documentId, Language.English, document.English);
            InsertSegments(documentId, Language.Japanese, document.Japanese);
            return documentId;
        });
        DocumentMetadataTable.Insert(connection, transaction, documentId, document);
        return documentId;
    }

    /// <summary>Writes the links of a document written by <see cref="WriteDocument"/>, indexes its pairs and resumes its index.</summary>
    private void WriteLinks(SqliteTransaction transaction, long documentId, NewDocument document, IReadOnlyList<LinkSearchKeys?>? searchKeys)
    {
        // What the index rows hold needs the texts, not the link ids: worked out on the pool while the links go in.
        var content = SqliteSearchIndexWriter.Prepare(document, searchKeys);
        var linkIds = TriggersStandAside.Run(connection, () => InsertLinks(documentId, document.Links));
        SqliteSearchIndexWriter.IndexDocument(connection, transaction, documentId, content, linkIds);
    }

    private static long LinkVersion(IReadOnlyList<AlignmentLink> links) => links.Select(l => l.Version).DefaultIfEmpty().Max();

    private LinkEdit? StepHistory(long documentId, string selectSql, bool undo)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var row = connection.QuerySingleOrDefault<HistoryRow>(selectSql, new { documentId, user }, transaction);
        if (row is null)
        {
            return null;
        }

        var edit = LinkEdits.FromHistory(row.Description, row.BeforeJson, row.AfterJson, row.TextJson);
        var (remove, add, description) = LinkEdits.LinkStep(edit, undo);
        ReplaceLinks(transaction, documentId, remove, add, description);
        foreach (var change in edit.TextChanges)
        {
            var (expected, replacement) = LinkEdits.TextStep(change, undo);
            LinkEdits.ReplaceSegmentText(connection, transaction, documentId, change.Side, change.Index, expected, replacement);
        }

        connection.Execute(
            "UPDATE edit_history SET undone = @undone WHERE id = @Id", new { undone = undo ? 1 : 0, row.Id }, transaction);
        transaction.Commit();
        return edit;
    }

    /// <summary>Removes <paramref name="remove"/> at the versions it names (else nothing is written) and adds <paramref name="add"/>.</summary>
    private void ReplaceLinks(SqliteTransaction transaction, long documentId, IReadOnlyList<AlignmentLink> remove, IReadOnlyList<AlignmentLink> add, string action)
    {
        foreach (var link in remove)
        {
            var deleted = connection.Execute(
                "DELETE FROM links WHERE document_id = @documentId AND en_start = @EnStart AND en_count = @EnCount AND ja_start = @JaStart AND ja_count = @JaCount AND version = @Version",
                new { documentId, link.Bead.EnStart, link.Bead.EnCount, link.Bead.JaStart, link.Bead.JaCount, link.Version },
                transaction);
            if (deleted != 1)
            {
                throw LinkEdits.Stale(action, link);
            }
        }

        InsertLinks(documentId, add);
    }

    private void RecordHistory(
        SqliteTransaction transaction, long documentId, string description, string beforeJson, string afterJson, string? textJson, DateTimeOffset now)
    {
        connection.Execute(
            "DELETE FROM edit_history WHERE document_id = @documentId AND user_name = @user AND undone = 1", new { documentId, user }, transaction);
        connection.Execute(
            "INSERT INTO edit_history (document_id, user_name, description, before_json, after_json, text_json, applied_at) VALUES (@documentId, @user, @description, @beforeJson, @afterJson, @textJson, @AppliedAt)",
            new { documentId, user, description, beforeJson, afterJson, textJson, AppliedAt = Timestamps.Format(now) },
            transaction);
    }

    /// <summary>Runs one transactional write, turning the database's refusal (locked, read-only, full, constraint)
    /// into <see cref="TranslationMemoryException"/>: the transaction rolled back, so nothing was written.</summary>
    private static T Refusing<T>(string action, Func<T> write)
    {
        try
        {
            return write();
        }
        catch (SqliteException error)
        {
            throw new TranslationMemoryException($"cannot {action}: {error.Message}", error);
        }
    }

    private void InsertSegments(long documentId, Language language, IReadOnlyList<Segment> segments)
    {
        using var statement = new RawStatement(
            connection, "INSERT INTO segments (document_id, lang, idx, paragraph, source_line, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        statement.Bind(1, documentId).Bind(2, language.ToCode());
        foreach (var segment in segments)
        {
            statement.Bind(3, segment.Index).Bind(4, segment.Paragraph).Bind(5, segment.SourceLine).Bind(6, segment.Text).Run();
        }
    }

    /// <summary>Inserts the links in order, inside the open transaction, and returns the row id each got.</summary>
    private long[] InsertLinks(long documentId, IReadOnlyList<AlignmentLink> links)
    {
        using var statement = new RawStatement(
            connection,
            "INSERT INTO links (document_id, en_start, en_count, ja_start, ja_count, confidence, status, updated_at, version) " +
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        statement.Bind(1, documentId);
        var ids = new long[links.Count];
        // SQLite keeps a value bound until it is bound again (a reset does not clear it), and an import's links share
        // their status, time and version: bind those only when they change, and format the time once.
        (LinkStatus Status, DateTimeOffset UpdatedAt, long Version)? bound = null;
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            if (bound is not { } last || last.Status != link.Status || last.UpdatedAt != link.UpdatedAt || last.Version != link.Version)
            {
                statement
                    .Bind(7, StatusNames.ToColumn(link.Status))
                    .Bind(8, Timestamps.Format(Timestamps.ToMicroseconds(link.UpdatedAt)))
                    .Bind(9, link.Version);
                bound = (link.Status, link.UpdatedAt, link.Version);
            }

            ids[i] = statement
                .Bind(2, link.Bead.EnStart)
                .Bind(3, link.Bead.EnCount)
                .Bind(4, link.Bead.JaStart)
                .Bind(5, link.Bead.JaCount)
                .Bind(6, link.Bead.Confidence)
                .Insert();
        }

        return ids;
    }

    private List<DocumentSummary> QuerySummaries(string whereClause, string? name) =>
        DocumentMetadataTable.Attach(connection, QueryCounts(whereClause, name));

    /// <summary>The counts of every document, or of the one <paramref name="name"/>d when the clause filters on it
    /// (an unused <c>@name</c> binds to nothing: SQLite ignores it).</summary>
    private List<DocumentSummary> QueryCounts(string whereClause, string? name) =>
        connection.Query<SummaryRow>(
                $"""
                SELECT d.id AS Id, d.name AS Name, d.en_source AS EnglishSource, d.ja_source AS JapaneseSource,
                       d.imported_at AS ImportedAt,
                       (SELECT COUNT(*) FROM segments s WHERE s.document_id = d.id AND s.lang = 'en') AS EnglishSegments,
                       (SELECT COUNT(*) FROM segments s WHERE s.document_id = d.id AND s.lang = 'ja') AS JapaneseSegments,
                       (SELECT COUNT(*) FROM links l WHERE l.document_id = d.id) AS Links,
                       (SELECT COUNT(*) FROM links l WHERE l.document_id = d.id AND l.status = 'confirmed') AS ConfirmedLinks,
                       (SELECT COUNT(*) FROM links l WHERE l.document_id = d.id AND l.status = 'rejected') AS RejectedLinks,
                       (SELECT COUNT(*) FROM links l WHERE l.document_id = d.id AND l.status = 'auto'
                            AND l.confidence < @LowConfidenceThreshold) AS LowConfidenceLinks
                FROM documents d
                {whereClause}
                ORDER BY d.name
                """,
                new { reviewPolicy.LowConfidenceThreshold, name })
            .Select(row => row.ToSummary())
            .ToList();

    /// <summary>
    /// Merges three ordered cursors (links, English segments, Japanese segments) so that memory stays flat however
    /// long the document is.
    /// </summary>
    private IEnumerable<AlignedPair> StreamDocumentPairs(long documentId, string name, PairQuery query)
    {
        var statuses = query.Statuses.Count == 0 ? null : query.Statuses.ToHashSet();
        using var english = new SegmentCursor(connection, documentId, Language.English);
        using var japanese = new SegmentCursor(connection, documentId, Language.Japanese);
        foreach (var link in ReadLinks(documentId))
        {
            var bead = link.Bead;
            if ((statuses is not null && !statuses.Contains(link.Status)) || (!query.IncludeNullBeads && bead.IsNull))
            {
                continue;
            }

            yield return new AlignedPair(name, link, english.Take(bead.EnStart, bead.EnCount), japanese.Take(bead.JaStart, bead.JaCount));
        }
    }

    /// <summary>A document's links in position order, through a raw reader: this is the export hot path.</summary>
    private IEnumerable<AlignmentLink> ReadLinks(long documentId)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT en_start, en_count, ja_start, ja_count, confidence, status, updated_at, version FROM links WHERE document_id = $document ORDER BY en_start, ja_start";
        command.Parameters.AddWithValue("$document", documentId);
        using var reader = command.ExecuteReader();
        var timestamps = new TimestampCache();
        while (reader.Read())
        {
            yield return new AlignmentLink(
                new Bead(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetDouble(4)),
                StatusNames.FromColumn(reader.GetString(5)),
                timestamps.Parse(reader.GetString(6))) { Version = reader.GetInt64(7) };
        }
    }
}
