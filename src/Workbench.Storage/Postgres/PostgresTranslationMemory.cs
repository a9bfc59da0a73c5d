using System.Text.Json;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using Workbench.Core;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Search;
using Workbench.Core.Storage;
using Workbench.Core.Terminology;

namespace Workbench.Storage.Postgres;

/// <summary>
/// <see cref="ITranslationMemory"/> on a PostgreSQL database shared by a team. Every public write is one transaction.
/// An edit locks its document's row to take the next link version, deletes the links it was based on at the versions
/// it read (a concurrent edit of the same links then finds nothing and is refused) and writes its history entry, so
/// concurrent reviewers never overwrite each other and the history is in commit order.
/// </summary>
public sealed partial class PostgresTranslationMemory : ITranslationMemory, ITranslationMemoryArchive, IBatchImportTarget
{
    private const int AutoPreparedStatements = 32;

    private const string LinkColumns = "en_start, en_count, ja_start, ja_count, confidence, status, updated_at, version";

    private readonly NpgsqlConnection connection;
    private readonly TimeProvider clock;
    private readonly ReviewPolicy reviewPolicy;
    private readonly string user;

    private PostgresTranslationMemory(NpgsqlConnection connection, string displayName, TimeProvider clock, ReviewPolicy reviewPolicy, string user)
    {
        this.connection = connection;
        DisplayName = displayName;
        this.clock = clock;
        this.reviewPolicy = reviewPolicy;
        this.user = user;
    }

    /// <summary>The database as messages show it, without a password.</summary>
    public string DisplayName { get; }

    /// <summary>
    /// Connects to <paramref name="database"/> (a <c>postgresql://</c> URL or an Npgsql connection string) and migrates
    /// it to the newest schema. <paramref name="user"/> is recorded with every edit (default: the OS user name).
    /// </summary>
    public static PostgresTranslationMemory Open(string database, TimeProvider? clock = null, ReviewPolicy? reviewPolicy = null, string? user = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(database);
        var displayName = PostgresConnectionStrings.Describe(database);
        var settings = new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.ToConnectionString(database));
        if (settings.MaxAutoPrepare == 0)
        {
            // Lookups and edits repeat a handful of statements: prepared, the server plans each once per connection.
            settings.MaxAutoPrepare = AutoPreparedStatements;
        }

        var connection = new NpgsqlConnection(settings.ConnectionString);
        try
        {
            connection.Open();
            PostgresSchemaMigrator.Migrate(connection, displayName);
            return new PostgresTranslationMemory(connection, displayName, clock ?? TimeProvider.System, reviewPolicy ?? ReviewPolicy.Default, user ?? ReviewUsers.Default);
        }
        catch (NpgsqlException error)
        {
            connection.Dispose();
            throw new WorkbenchInputException($"{displayName}: cannot open database: {PostgresErrors.Describe(error)}", error);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The open connection, for the batch queue and the copy command that work beside the memory.</summary>
    internal NpgsqlConnection Connection => connection;

    public long ImportDocument(NewDocument document, bool replace) => ImportDocument(document, replace, contentHash: null);

    public long ImportDocument(NewDocument document, bool replace, string? contentHash)
    {
        ArgumentNullException.ThrowIfNull(document);
        BeadSequence.Validate(document.Links.Select(l => l.Bead).ToList(), document.English.Count, document.Japanese.Count);
        using var transaction = connection.BeginTransaction();
        var documentId = InsertDocument(transaction, document, replace, Timestamps.Now(clock), contentHash);
        transaction.Commit();
        return documentId;
    }

    public IReadOnlyDictionary<string, string?> GetContentHashes() =>
        connection.Query<DocumentHashRow>("SELECT name AS Name, content_hash AS Hash FROM documents")
            .ToDictionary(row => row.Name, row => row.Hash, StringComparer.Ordinal);

    public IReadOnlyList<DocumentSummary> ListDocuments() => QuerySummaries(whereClause: string.Empty, name: null);

    public DocumentSummary? FindDocument(string name) => QuerySummaries("WHERE d.name = @name", name).SingleOrDefault();

    public IReadOnlyList<Segment> GetSegments(long documentId, Language language)
    {
        using var command = new NpgsqlCommand(
            "SELECT idx, paragraph, source_line, text FROM segments WHERE document_id = @document AND lang = @lang ORDER BY idx", connection);
        command.Parameters.AddWithValue("document", documentId);
        command.Parameters.AddWithValue("lang", language.ToCode());
        using var reader = command.ExecuteReader();
        var segments = new List<Segment>();
        while (reader.Read())
        {
            segments.Add(new Segment(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3)));
        }

        return segments;
    }

    public IReadOnlyList<AlignmentLink> GetLinks(long documentId) => ReadLinks(documentId, transaction: null);

    public IReadOnlyList<AlignmentLink> ApplyEdit(long documentId, LinkEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        LinkEdits.EnsureSameCoverage(edit);
        var now = Timestamps.Now(clock);
        return PostgresErrors.Refusing("apply the edit", () => ApplyEdit(documentId, edit, now));
    }

    public void EditSegmentText(long documentId, string description, SegmentTextChange change)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(change);
        var now = Timestamps.Now(clock);
        PostgresErrors.Refusing("save the text", () => EditSegmentText(documentId, description, change, now));
    }

    public LinkEdit? Undo(long documentId) => PostgresErrors.Refusing("undo", () => StepHistory(documentId, undo: true));

    public LinkEdit? Redo(long documentId) => PostgresErrors.Refusing("redo", () => StepHistory(documentId, undo: false));

    public IEnumerable<AlignedPair> StreamPairs(PairQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var documents = connection.Query<DocumentNameRow>("SELECT id, name FROM documents ORDER BY name COLLATE \"C\"").AsList();
        var wanted = query.Documents.Count == 0 ? null : new HashSet<string>(query.Documents, StringComparer.Ordinal);
        var statuses = query.Statuses.Count == 0 ? null : query.Statuses.ToHashSet();
        foreach (var (id, name) in documents)
        {
            if (wanted is not null && !wanted.Contains(name))
            {
                continue;
            }

            // One document's segments at a time: memory stays bounded by the longest document, and no reader is left
            // open on the connection between pairs (PostgreSQL runs one query at a time per connection).
            var english = GetSegments(id, Language.English);
            var japanese = GetSegments(id, Language.Japanese);
            foreach (var link in ReadLinks(id, transaction: null))
            {
                var bead = link.Bead;
                if ((statuses is not null && !statuses.Contains(link.Status)) || (!query.IncludeNullBeads && bead.IsNull))
                {
                    continue;
                }

                yield return new AlignedPair(name, link, Slice(english, bead.EnStart, bead.EnCount), Slice(japanese, bead.JaStart, bead.JaCount));
            }
        }
    }

    public void ReplaceGlossary(IReadOnlyList<GlossaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        PostgresErrors.Refusing("save the glossary", () =>
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute("DELETE FROM glossary_entries", transaction: transaction);
            InsertGlossary(transaction, entries);
            transaction.Commit();
            return true;
        });
    }

    public IReadOnlyList<GlossaryEntry> GetGlossary() =>
        connection.Query<GlossaryRow>(
                "SELECT english, approved::text, note, forbidden::text FROM glossary_entries ORDER BY id")
            .Select(GlossaryRows.ToEntry)
            .ToList();

    public IMemorySearchIndex SearchIndex => new PostgresMemorySearchIndex(connection);

    public void Dispose() => connection.Dispose();

    internal void InsertGlossary(NpgsqlTransaction transaction, IReadOnlyList<GlossaryEntry> entries) =>
        connection.Execute(
            "INSERT INTO glossary_entries (english, approved, note, forbidden) VALUES (@English, @Approved::jsonb, @Note, @Forbidden::jsonb)",
            entries.Select(entry => new
            {
                entry.English,
                Approved = GlossaryRows.ToColumn(entry.Approved),
                entry.Note,
                Forbidden = GlossaryRows.ToColumn(entry.Forbidden),
            }),
            transaction);

    /// <summary>Writes a document's rows (replacing a document of the same name when allowed) inside the caller's transaction.</summary>
    internal long InsertDocument(NpgsqlTransaction transaction, NewDocument document, bool replace, DateTimeOffset importedAt, string? contentHash)
    {
        var existing = connection.ExecuteScalar<long?>("SELECT id FROM documents WHERE name = @Name FOR UPDATE", new { document.Name }, transaction);
        if (existing is { } existingId)
        {
            if (!replace)
            {
                throw new DocumentExistsException(document.Name);
            }

            connection.Execute("DELETE FROM documents WHERE id = @existingId", new { existingId }, transaction);
        }

        var documentId = connection.ExecuteScalar<long>(
            "INSERT INTO documents (name, en_source, ja_source, imported_at, link_version, content_hash) VALUES (@Name, @EnglishSource, @JapaneseSource, @importedAt, @linkVersion, @contentHash) RETURNING id",
            new
            {
                contentHash,
                document.Name,
                document.EnglishSource,
                document.JapaneseSource,
                importedAt = importedAt.ToUniversalTime(),
                linkVersion = document.Links.Select(l => l.Version).DefaultIfEmpty().Max(),
            },
            transaction);
        CopySegments(documentId, Language.English, document.English);
        CopySegments(documentId, Language.Japanese, document.Japanese);
        CopyLinks(documentId, document.Links);
        PostgresSearchPostings.IndexDocument(connection, transaction, documentId, document.English, document.Japanese);
        DocumentMetadataTable.Insert(connection, transaction, documentId, document);
        return documentId;
    }

    private static IReadOnlyList<Segment> Slice(IReadOnlyList<Segment> segments, int start, int count) =>
        count == 0 ? [] : segments.Skip(start).Take(count).ToList();

    private static AlignmentLink ReadLink(NpgsqlDataReader reader) =>
        new(
            new Bead(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetDouble(4)),
            StatusNames.FromColumn(reader.GetString(5)),
            reader.GetFieldValue<DateTimeOffset>(6))
        {
            Version = reader.GetInt64(7),
        };

    private IReadOnlyList<AlignmentLink> ApplyEdit(long documentId, LinkEdit edit, DateTimeOffset now)
    {
        using var transaction = connection.BeginTransaction();
        var version = connection.ExecuteScalar<long?>(
            "UPDATE documents SET link_version = link_version + 1 WHERE id = @documentId RETURNING link_version", new { documentId }, transaction)
            ?? throw LinkEdits.MissingDocument(documentId);
        var after = LinkEdits.Stamp(edit.After, now, version);
        ReplaceLinks(transaction, documentId, edit.Before, after, edit.Description);
        RecordHistory(transaction, documentId, edit.Description, LinkJson.Serialize(edit.Before), LinkJson.Serialize(after), textJson: null, now);
        transaction.Commit();
        return after;
    }

    private bool EditSegmentText(long documentId, string description, SegmentTextChange change, DateTimeOffset now)
    {
        using var transaction = connection.BeginTransaction();
        // The document row's lock orders the text edit against concurrent edits of the same document, as for links.
        if (connection.ExecuteScalar<long?>("SELECT id FROM documents WHERE id = @documentId FOR UPDATE", new { documentId }, transaction) is null)
        {
            throw LinkEdits.MissingDocument(documentId);
        }

        ReplaceText(transaction, documentId, change.Side, change.Index, change.Before, change.After);
        RecordHistory(transaction, documentId, description, "[]", "[]", LinkJson.SerializeTextChanges([change]), now);
        transaction.Commit();
        return true;
    }

    private LinkEdit? StepHistory(long documentId, bool undo)
    {
        using var transaction = connection.BeginTransaction();
        // The document row's lock orders this step against concurrent edits of the same document.
        if (connection.ExecuteScalar<long?>("SELECT id FROM documents WHERE id = @documentId FOR UPDATE", new { documentId }, transaction) is null)
        {
            return null;
        }

        var row = connection.QuerySingleOrDefault<HistoryRow>(
            undo
                ? "SELECT id AS \"Id\", description AS \"Description\", before_json::text AS \"BeforeJson\", after_json::text AS \"AfterJson\", text_json::text AS \"TextJson\" FROM edit_history WHERE document_id = @documentId AND user_name = @user AND NOT undone ORDER BY id DESC LIMIT 1"
                : "SELECT id AS \"Id\", description AS \"Description\", before_json::text AS \"BeforeJson\", after_json::text AS \"AfterJson\", text_json::text AS \"TextJson\" FROM edit_history WHERE document_id = @documentId AND user_name = @user AND undone ORDER BY id ASC LIMIT 1",
            new { documentId, user },
            transaction);
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
            ReplaceText(transaction, documentId, change.Side, change.Index, expected, replacement);
        }

        connection.Execute("UPDATE edit_history SET undone = @undo WHERE id = @Id", new { undo, row.Id }, transaction);
        transaction.Commit();
        return edit;
    }

    /// <summary>Rewrites one segment's text if it still reads <paramref name="expected"/>, and indexes the links covering it again.</summary>
    private void ReplaceText(NpgsqlTransaction transaction, long documentId, Language side, int index, string expected, string replacement)
    {
        LinkEdits.ReplaceSegmentText(connection, transaction, documentId, side, index, expected, replacement);
        PostgresSearchPostings.IndexLinksCovering(connection, transaction, documentId, side, index);
    }

    /// <summary>Records an edit in this user's history and clears the user's redo stack for the document.</summary>
    private void RecordHistory(
        NpgsqlTransaction transaction, long documentId, string description, string beforeJson, string afterJson, string? textJson, DateTimeOffset now)
    {
        connection.Execute(
            "DELETE FROM edit_history WHERE document_id = @documentId AND user_name = @user AND undone", new { documentId, user }, transaction);
        connection.Execute(
            "INSERT INTO edit_history (document_id, user_name, description, before_json, after_json, text_json, applied_at) " +
            "VALUES (@documentId, @user, @description, @beforeJson::jsonb, @afterJson::jsonb, @textJson::jsonb, @now)",
            new { documentId, user, description, beforeJson, afterJson, textJson, now },
            transaction);
    }

    /// <summary>Removes <paramref name="remove"/> at the versions it names (else nothing is written) and adds <paramref name="add"/>.</summary>
    private void ReplaceLinks(NpgsqlTransaction transaction, long documentId, IReadOnlyList<AlignmentLink> remove, IReadOnlyList<AlignmentLink> add, string action)
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

        if (add.Count == 0)
        {
            return;
        }

        using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var link in add)
        {
            var command = new NpgsqlBatchCommand(
                $"INSERT INTO links (document_id, {LinkColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id");
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = documentId });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = link.Bead.EnStart });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = link.Bead.EnCount });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = link.Bead.JaStart });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = link.Bead.JaCount });
            command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = link.Bead.Confidence });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = StatusNames.ToColumn(link.Status) });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = Timestamps.ToMicroseconds(link.UpdatedAt) });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = link.Version });
            batch.BatchCommands.Add(command);
        }

        var added = new List<(long LinkId, AlignmentLink Link)>(add.Count);
        using (var reader = batch.ExecuteReader())
        {
            var index = 0;
            do
            {
                while (reader.Read())
                {
                    added.Add((reader.GetInt64(0), add[index]));
                }

                index++;
            }
            while (reader.NextResult());
        }

        PostgresSearchPostings.IndexLinks(connection, transaction, documentId, added);
    }

    /// <summary>Binary COPY: a long article's thousands of segments in one round trip.</summary>
    private void CopySegments(long documentId, Language language, IReadOnlyList<Segment> segments)
    {
        using var importer = connection.BeginBinaryImport(
            "COPY segments (document_id, lang, idx, paragraph, source_line, text) FROM STDIN (FORMAT BINARY)");
        var code = language.ToCode();
        foreach (var segment in segments)
        {
            importer.StartRow();
            importer.Write(documentId, NpgsqlDbType.Bigint);
            importer.Write(code, NpgsqlDbType.Text);
            importer.Write(segment.Index, NpgsqlDbType.Integer);
            importer.Write(segment.Paragraph, NpgsqlDbType.Integer);
            importer.Write(segment.SourceLine, NpgsqlDbType.Integer);
            importer.Write(segment.Text, NpgsqlDbType.Text);
        }

        importer.Complete();
    }

    private void CopyLinks(long documentId, IReadOnlyList<AlignmentLink> links)
    {
        using var importer = connection.BeginBinaryImport($"COPY links (document_id, {LinkColumns}) FROM STDIN (FORMAT BINARY)");
        foreach (var link in links)
        {
            importer.StartRow();
            importer.Write(documentId, NpgsqlDbType.Bigint);
            importer.Write(link.Bead.EnStart, NpgsqlDbType.Integer);
            importer.Write(link.Bead.EnCount, NpgsqlDbType.Integer);
            importer.Write(link.Bead.JaStart, NpgsqlDbType.Integer);
            importer.Write(link.Bead.JaCount, NpgsqlDbType.Integer);
            importer.Write(link.Bead.Confidence, NpgsqlDbType.Double);
            importer.Write(StatusNames.ToColumn(link.Status), NpgsqlDbType.Text);
            importer.Write(Timestamps.ToMicroseconds(link.UpdatedAt), NpgsqlDbType.TimestampTz);
            importer.Write(link.Version, NpgsqlDbType.Bigint);
        }

        importer.Complete();
    }

    private List<AlignmentLink> ReadLinks(long documentId, NpgsqlTransaction? transaction)
    {
        using var command = new NpgsqlCommand(
            $"SELECT {LinkColumns} FROM links WHERE document_id = @document ORDER BY en_start, ja_start", connection, transaction);
        command.Parameters.AddWithValue("document", documentId);
        using var reader = command.ExecuteReader();
        var links = new List<AlignmentLink>();
        while (reader.Read())
        {
            links.Add(ReadLink(reader));
        }

        return links;
    }

    private List<DocumentSummary> QuerySummaries(string whereClause, string? name)
    {
        using var command = new NpgsqlCommand(
            $"""
            SELECT d.id, d.name, d.en_source, d.ja_source, d.imported_at,
                   (SELECT COUNT(*) FROM segments s WHERE s.document_id = d.id AND s.lang = 'en'),
                   (SELECT COUNT(*) FROM segments s WHERE s.document_id = d.id AND s.lang = 'ja'),
                   (SELECT COUNT(*) FROM links l WHERE l.document_id = d.id),
                   (SELECT COUNT(*) FROM links l WHERE l.document_id = d.id AND l.status = 'confirmed'),
                   (SELECT COUNT(*) FROM links l WHERE l.document_id = d.id AND l.status = 'rejected'),
                   (SELECT COUNT(*) FROM links l WHERE l.document_id = d.id AND l.status = 'auto' AND l.confidence < @threshold)
            FROM documents d
            {whereClause}
            ORDER BY d.name COLLATE "C"
            """,
            connection);
        command.Parameters.AddWithValue("threshold", reviewPolicy.LowConfidenceThreshold);
        if (name is not null)
        {
            command.Parameters.AddWithValue("name", name);
        }

        using var reader = command.ExecuteReader();
        var summaries = new List<DocumentSummary>();
        while (reader.Read())
        {
            summaries.Add(new DocumentSummary(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4),
                (int)reader.GetInt64(5),
                (int)reader.GetInt64(6),
                (int)reader.GetInt64(7),
                (int)reader.GetInt64(8),
                (int)reader.GetInt64(9),
                (int)reader.GetInt64(10)));
        }

        reader.Close(); // one command at a time on a connection: the metadata query comes next
        return DocumentMetadataTable.Attach(connection, summaries, arrayParameter: true);
    }
}
