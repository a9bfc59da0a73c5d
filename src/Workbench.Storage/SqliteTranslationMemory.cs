using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Storage;
using Workbench.Core.Terminology;

namespace Workbench.Storage;

/// <summary>
/// <see cref="ITranslationMemory"/> on one SQLite connection (WAL, foreign keys on). Every public write runs in a
/// single transaction, so a crash or an error leaves the database as it was before the call.
/// </summary>
public sealed class SqliteTranslationMemory : ITranslationMemory
{
    private readonly SqliteConnection connection;
    private readonly TimeProvider clock;
    private readonly ReviewPolicy reviewPolicy;

    private SqliteTranslationMemory(SqliteConnection connection, TimeProvider clock, ReviewPolicy reviewPolicy)
    {
        this.connection = connection;
        this.clock = clock;
        this.reviewPolicy = reviewPolicy;
    }

    /// <summary>Opens (creating if needed) the database file and migrates it to the newest schema.</summary>
    public static SqliteTranslationMemory Open(string path, TimeProvider? clock = null, ReviewPolicy? reviewPolicy = null)
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
        return OpenConnection(new SqliteConnection(connectionString), path, useWal: true, clock, reviewPolicy);
    }

    /// <summary>A private in-memory database, for tests and throw-away runs.</summary>
    public static SqliteTranslationMemory OpenInMemory(TimeProvider? clock = null, ReviewPolicy? reviewPolicy = null) =>
        OpenConnection(new SqliteConnection("Data Source=:memory:;Foreign Keys=True"), ":memory:", useWal: false, clock, reviewPolicy);

    public long ImportDocument(NewDocument document, bool replace)
    {
        ArgumentNullException.ThrowIfNull(document);
        BeadSequence.Validate(document.Links.Select(l => l.Bead).ToList(), document.English.Count, document.Japanese.Count);
        using var transaction = connection.BeginTransaction(deferred: false);
        var existing = connection.ExecuteScalar<long?>(
            "SELECT id FROM documents WHERE name = @Name", new { document.Name }, transaction);
        if (existing is { } existingId)
        {
            if (!replace)
            {
                throw new WorkbenchInputException($"document '{document.Name}' already exists; use --replace to overwrite it");
            }

            connection.Execute("DELETE FROM documents WHERE id = @existingId", new { existingId }, transaction);
        }

        var documentId = connection.ExecuteScalar<long>(
            "INSERT INTO documents (name, en_source, ja_source, imported_at) VALUES (@Name, @EnglishSource, @JapaneseSource, @ImportedAt) RETURNING id",
            new { document.Name, document.EnglishSource, document.JapaneseSource, ImportedAt = Timestamps.Format(clock.GetUtcNow()) },
            transaction);
        InsertSegments(transaction, documentId, Language.English, document.English);
        InsertSegments(transaction, documentId, Language.Japanese, document.Japanese);
        InsertLinks(transaction, documentId, document.Links);
        transaction.Commit();
        return documentId;
    }

    public IReadOnlyList<DocumentSummary> ListDocuments() => QuerySummaries(whereClause: string.Empty, parameters: null);

    public DocumentSummary? FindDocument(string name) =>
        QuerySummaries("WHERE d.name = @name", new { name }).SingleOrDefault();

    public IReadOnlyList<Segment> GetSegments(long documentId, Language language) =>
        connection.Query<SegmentRow>(
                $"SELECT {SegmentRow.Columns} FROM segments WHERE document_id = @documentId AND lang = @lang ORDER BY idx",
                new { documentId, lang = language.ToCode() })
            .Select(row => row.ToSegment())
            .ToList();

    public IReadOnlyList<AlignmentLink> GetLinks(long documentId) => ReadLinks(documentId).ToList();

    public void ApplyEdit(long documentId, LinkEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        EnsureSameCoverage(edit);
        var now = clock.GetUtcNow();
        var stamped = edit with { After = edit.After.Select(link => link with { UpdatedAt = now }).ToList() };
        Refusing("apply the edit", () =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            ReplaceLinks(transaction, documentId, stamped.Before, stamped.After);
            RecordHistory(transaction, documentId, stamped.Description, LinkJson.Serialize(stamped.Before), LinkJson.Serialize(stamped.After), textJson: null, now);
            transaction.Commit();
            return true;
        });
    }

    public void EditSegmentText(long documentId, string description, SegmentTextChange change)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(change);
        var now = clock.GetUtcNow();
        Refusing("save the text", () =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            ReplaceText(transaction, documentId, change.Side, change.Index, change.Before, change.After);
            RecordHistory(transaction, documentId, description, "[]", "[]", JsonSerializer.Serialize(new[] { change }), now);
            transaction.Commit();
            return true;
        });
    }

    public LinkEdit? Undo(long documentId) => Refusing("undo", () =>
        StepHistory(documentId, "SELECT id AS Id, description AS Description, before_json AS BeforeJson, after_json AS AfterJson, text_json AS TextJson FROM edit_history WHERE document_id = @documentId AND undone = 0 ORDER BY id DESC LIMIT 1", undo: true));

    public LinkEdit? Redo(long documentId) => Refusing("redo", () =>
        StepHistory(documentId, "SELECT id AS Id, description AS Description, before_json AS BeforeJson, after_json AS AfterJson, text_json AS TextJson FROM edit_history WHERE document_id = @documentId AND undone = 1 ORDER BY id ASC LIMIT 1", undo: false));

    public IEnumerable<AlignedPair> StreamPairs(PairQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var documents = connection.Query<(long Id, string Name)>("SELECT id, name FROM documents ORDER BY name").ToList();
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
                    Approved = JsonSerializer.Serialize(entry.Approved),
                    entry.Note,
                    Forbidden = JsonSerializer.Serialize(entry.Forbidden),
                }),
                transaction);
            transaction.Commit();
            return true;
        });
    }

    public IReadOnlyList<GlossaryEntry> GetGlossary() =>
        connection.Query<(string English, string Approved, string? Note, string Forbidden)>(
                "SELECT english, approved, note, forbidden FROM glossary_entries ORDER BY id")
            .Select(row => new GlossaryEntry(
                row.English,
                JsonSerializer.Deserialize<List<string>>(row.Approved) ?? [],
                row.Note,
                JsonSerializer.Deserialize<List<string>>(row.Forbidden) ?? []))
            .ToList();

    public void Dispose() => connection.Dispose();

    private static SqliteTranslationMemory OpenConnection(
        SqliteConnection connection, string path, bool useWal, TimeProvider? clock, ReviewPolicy? reviewPolicy)
    {
        try
        {
            connection.Open();
            if (useWal)
            {
                connection.Execute("PRAGMA journal_mode = WAL");
                connection.Execute("PRAGMA synchronous = NORMAL");
            }

            connection.Execute("PRAGMA foreign_keys = ON");
            SchemaMigrator.Migrate(connection);
            return new SqliteTranslationMemory(connection, clock ?? TimeProvider.System, reviewPolicy ?? ReviewPolicy.Default);
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

    private static void EnsureSameCoverage(LinkEdit edit)
    {
        static (int EnStart, int EnEnd, int JaStart, int JaEnd) Span(IReadOnlyList<AlignmentLink> links) =>
            (links.Min(l => l.Bead.EnStart), links.Max(l => l.Bead.EnEnd), links.Min(l => l.Bead.JaStart), links.Max(l => l.Bead.JaEnd));

        if (edit.Before.Count == 0 || edit.After.Count == 0)
        {
            throw new ArgumentException("an edit replaces at least one link with at least one link", nameof(edit));
        }

        var before = Span(edit.Before);
        var after = Span(edit.After);
        if (before != after)
        {
            throw new ArgumentException($"edit '{edit.Description}' changes which segments the links cover", nameof(edit));
        }

        var ordered = edit.After.Select(l => l.Bead).OrderBy(b => b.EnStart).ThenBy(b => b.JaStart).ToList();
        var shifted = ordered.Select(b => b with { EnStart = b.EnStart - before.EnStart, JaStart = b.JaStart - before.JaStart }).ToList();
        BeadSequence.Validate(shifted, before.EnEnd - before.EnStart, before.JaEnd - before.JaStart);
    }

    private LinkEdit? StepHistory(long documentId, string selectSql, bool undo)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var row = connection.QuerySingleOrDefault<HistoryRow>(selectSql, new { documentId }, transaction);
        if (row is null)
        {
            return null;
        }

        var edit = new LinkEdit(row.Description, LinkJson.Deserialize(row.BeforeJson), LinkJson.Deserialize(row.AfterJson))
        {
            TextChanges = row.TextJson is null ? [] : JsonSerializer.Deserialize<List<SegmentTextChange>>(row.TextJson) ?? [],
        };
        if (undo)
        {
            ReplaceLinks(transaction, documentId, edit.After, edit.Before);
        }
        else
        {
            ReplaceLinks(transaction, documentId, edit.Before, edit.After);
        }

        foreach (var change in edit.TextChanges)
        {
            var (expected, replacement) = undo ? (change.After, change.Before) : (change.Before, change.After);
            ReplaceText(transaction, documentId, change.Side, change.Index, expected, replacement);
        }

        connection.Execute(
            "UPDATE edit_history SET undone = @undone WHERE id = @Id", new { undone = undo ? 1 : 0, row.Id }, transaction);
        transaction.Commit();
        return edit;
    }

    private void ReplaceLinks(SqliteTransaction transaction, long documentId, IReadOnlyList<AlignmentLink> remove, IReadOnlyList<AlignmentLink> add)
    {
        foreach (var link in remove)
        {
            var deleted = connection.Execute(
                "DELETE FROM links WHERE document_id = @documentId AND en_start = @EnStart AND en_count = @EnCount AND ja_start = @JaStart AND ja_count = @JaCount",
                new { documentId, link.Bead.EnStart, link.Bead.EnCount, link.Bead.JaStart, link.Bead.JaCount },
                transaction);
            if (deleted != 1)
            {
                throw new TranslationMemoryException(
                    $"link {link.Bead.ToLinkNotation()} is no longer in the database; reload the document");
            }
        }

        InsertLinks(transaction, documentId, add);
    }

    private void ReplaceText(SqliteTransaction transaction, long documentId, Language side, int index, string expected, string replacement)
    {
        var updated = connection.Execute(
            "UPDATE segments SET text = @replacement WHERE document_id = @documentId AND lang = @lang AND idx = @index AND text = @expected",
            new { replacement, documentId, lang = side.ToCode(), index, expected },
            transaction);
        if (updated != 1)
        {
            throw new TranslationMemoryException(
                $"{side} segment {index + 1} no longer reads as the edit expects; reload the document");
        }
    }

    private void RecordHistory(
        SqliteTransaction transaction, long documentId, string description, string beforeJson, string afterJson, string? textJson, DateTimeOffset now)
    {
        connection.Execute(
            "DELETE FROM edit_history WHERE document_id = @documentId AND undone = 1", new { documentId }, transaction);
        connection.Execute(
            "INSERT INTO edit_history (document_id, description, before_json, after_json, text_json, applied_at) VALUES (@documentId, @description, @beforeJson, @afterJson, @textJson, @AppliedAt)",
            new { documentId, description, beforeJson, afterJson, textJson, AppliedAt = Timestamps.Format(now) },
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

    private void InsertSegments(SqliteTransaction transaction, long documentId, Language language, IReadOnlyList<Segment> segments)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "INSERT INTO segments (document_id, lang, idx, paragraph, source_line, text) VALUES ($document, $lang, $idx, $paragraph, $line, $text)";
        command.Parameters.AddWithValue("$document", documentId);
        command.Parameters.AddWithValue("$lang", language.ToCode());
        var index = command.Parameters.Add("$idx", SqliteType.Integer);
        var paragraph = command.Parameters.Add("$paragraph", SqliteType.Integer);
        var line = command.Parameters.Add("$line", SqliteType.Integer);
        var text = command.Parameters.Add("$text", SqliteType.Text);
        command.Prepare();
        foreach (var segment in segments)
        {
            index.Value = segment.Index;
            paragraph.Value = segment.Paragraph;
            line.Value = segment.SourceLine;
            text.Value = segment.Text;
            command.ExecuteNonQuery();
        }
    }

    private void InsertLinks(SqliteTransaction transaction, long documentId, IReadOnlyList<AlignmentLink> links)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "INSERT INTO links (document_id, en_start, en_count, ja_start, ja_count, confidence, status, updated_at) " +
            "VALUES ($document, $enStart, $enCount, $jaStart, $jaCount, $confidence, $status, $updated)";
        command.Parameters.AddWithValue("$document", documentId);
        var enStart = command.Parameters.Add("$enStart", SqliteType.Integer);
        var enCount = command.Parameters.Add("$enCount", SqliteType.Integer);
        var jaStart = command.Parameters.Add("$jaStart", SqliteType.Integer);
        var jaCount = command.Parameters.Add("$jaCount", SqliteType.Integer);
        var confidence = command.Parameters.Add("$confidence", SqliteType.Real);
        var status = command.Parameters.Add("$status", SqliteType.Text);
        var updated = command.Parameters.Add("$updated", SqliteType.Text);
        command.Prepare();
        foreach (var link in links)
        {
            enStart.Value = link.Bead.EnStart;
            enCount.Value = link.Bead.EnCount;
            jaStart.Value = link.Bead.JaStart;
            jaCount.Value = link.Bead.JaCount;
            confidence.Value = link.Bead.Confidence;
            status.Value = StatusNames.ToColumn(link.Status);
            updated.Value = Timestamps.Format(link.UpdatedAt);
            command.ExecuteNonQuery();
        }
    }

    private List<DocumentSummary> QuerySummaries(string whereClause, object? parameters) =>
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
                MergeParameters(parameters))
            .Select(row => row.ToSummary())
            .ToList();

    private DynamicParameters MergeParameters(object? parameters)
    {
        var merged = new DynamicParameters(parameters);
        merged.Add("LowConfidenceThreshold", reviewPolicy.LowConfidenceThreshold);
        return merged;
    }

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
            "SELECT en_start, en_count, ja_start, ja_count, confidence, status, updated_at FROM links WHERE document_id = $document ORDER BY en_start, ja_start";
        command.Parameters.AddWithValue("$document", documentId);
        using var reader = command.ExecuteReader();
        var timestamps = new TimestampCache();
        while (reader.Read())
        {
            yield return new AlignmentLink(
                new Bead(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetDouble(4)),
                StatusNames.FromColumn(reader.GetString(5)),
                timestamps.Parse(reader.GetString(6)));
        }
    }
}
