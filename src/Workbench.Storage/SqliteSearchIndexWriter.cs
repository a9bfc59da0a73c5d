using Dapper;
using Microsoft.Data.Sqlite;
using Workbench.Core.Documents;
using Workbench.Core.Search;

namespace Workbench.Storage;

/// <summary>
/// Writes a whole document's search index rows at once (migration 0007), for the writes that add or remove a whole
/// document: import, replace, copy. <see cref="Pause"/> lists the document in <c>search_index_paused</c>, so the
/// row-by-row triggers stand aside while its segments and links are written; <see cref="IndexDocument"/> then indexes
/// every pair of it with one prepared insert per table, each in row id order (FTS5 then keeps its pending terms in
/// memory instead of flushing a segment whenever a row id goes down), counts its grams in <c>fuzzy_gram_counts</c>,
/// and unlists it. All in the caller's
/// transaction: an error rolls the pause back with everything else. The rows are exactly what the triggers would
/// write: the same view (<c>search_link_texts</c>), the same Core keys (<see cref="SearchFunctions"/>), the same row
/// ids (<see cref="SearchRowIds"/>).
/// </summary>
internal static class SqliteSearchIndexWriter
{
    public static void Pause(SqliteConnection connection, SqliteTransaction transaction, long documentId) =>
        connection.Execute("INSERT OR IGNORE INTO search_index_paused (document_id) VALUES (@documentId)", new { documentId }, transaction);

    /// <summary>
    /// Indexes every pair of a paused document (none of which is indexed yet) from what the database holds (the view
    /// <c>search_link_texts</c>), and resumes its triggers: for a document whose rows were copied in SQL.
    /// </summary>
    public static void IndexDocument(SqliteConnection connection, SqliteTransaction transaction, long documentId) =>
        Write(connection, transaction, documentId, ReadRows(connection, transaction, documentId));

    /// <summary>
    /// Indexes every pair of a paused document just written from <paramref name="document"/> (its links got
    /// <paramref name="linkIds"/>, in order), and resumes its triggers (<see cref="Prepare"/>, then the rows).
    /// </summary>
    public static void IndexDocument(
        SqliteConnection connection,
        SqliteTransaction transaction,
        long documentId,
        NewDocument document,
        IReadOnlyList<long> linkIds,
        IReadOnlyList<LinkSearchKeys?>? searchKeys) =>
        IndexDocument(connection, transaction, documentId, Prepare(document, searchKeys), linkIds);

    /// <summary>
    /// Works out, on the thread pool, what every pair of <paramref name="document"/> puts in the index, which needs
    /// its texts and not its link ids: a caller starts this before it inserts the links and passes it to
    /// <see cref="IndexDocument(SqliteConnection, SqliteTransaction, long, Task{PairContent?[]?}, IReadOnlyList{long})"/>.
    /// The pair texts are joined in memory as the view joins them, and the keys are computed, or taken from
    /// <paramref name="searchKeys"/> where they belong to the same text (one per link, from
    /// <see cref="LinkSearchKeys.OfLinks"/>). Null for a document whose segment positions are not their stored
    /// indexes: its pairs are read back through the view instead.
    /// </summary>
    public static Task<PairContent?[]?> Prepare(NewDocument document, IReadOnlyList<LinkSearchKeys?>? searchKeys) =>
        Task.Run(() =>
        {
            if (!PositionsAreIndexes(document.English) || !PositionsAreIndexes(document.Japanese))
            {
                return null;
            }

            var links = document.Links;
            var given = searchKeys is not null && searchKeys.Count == links.Count ? searchKeys : null;
            var pairs = new PairContent?[links.Count];
            Parallel.For(0, links.Count, i =>
            {
                var link = links[i];
                var bead = link.Bead;
                if (link.Status == LinkStatus.Rejected || bead.EnCount == 0 || bead.JaCount == 0)
                {
                    return;
                }

                var keys = given?[i];
                pairs[i] = PairContent.Of(
                    link.Status,
                    Keys(keys?.English, LinkSearchKeys.Join(document.English, bead.EnStart, bead.EnCount, Language.English), Language.English),
                    Keys(keys?.Japanese, LinkSearchKeys.Join(document.Japanese, bead.JaStart, bead.JaCount, Language.Japanese), Language.Japanese));
            });
            return (PairContent?[]?)pairs;
        });

    /// <summary>
    /// Indexes every pair of a paused document whose links got <paramref name="linkIds"/>, in order, from the
    /// content <see cref="Prepare"/> worked out for them, and resumes its triggers.
    /// </summary>
    public static void IndexDocument(
        SqliteConnection connection, SqliteTransaction transaction, long documentId, Task<PairContent?[]?> content, IReadOnlyList<long> linkIds)
    {
        var pairs = content.GetAwaiter().GetResult();
        if (pairs is null)
        {
            IndexDocument(connection, transaction, documentId);
            return;
        }

        var rows = new List<Row>(pairs.Length);
        for (var i = 0; i < pairs.Length; i++)
        {
            if (pairs[i] is { } pair)
            {
                rows.Add(Row.Of(linkIds[i], pair));
            }
        }

        Write(connection, transaction, documentId, rows);
    }

    /// <summary>
    /// Deletes a document with its segments, links and index rows. The index rows go first, by row id; the cascade
    /// that follows runs with the document paused, so no trigger re-indexes a link whose segments are going.
    /// </summary>
    public static void DeleteDocument(SqliteConnection connection, SqliteTransaction transaction, long documentId)
    {
        Pause(connection, transaction, documentId);
        WriteGramCounts(connection, GramCounts.Of(ReadRows(connection, transaction, documentId)), "UPDATE fuzzy_gram_counts SET pairs = max(pairs - ?3, 0) WHERE lang = ?1 AND gram = ?2");
        var indexed = connection.Query<IndexedLinkRow>(
                "SELECT k.link_id AS LinkId, l.status AS Status, k.en_rowid AS EnglishFuzzyRowId, k.ja_rowid AS JapaneseFuzzyRowId FROM search_links k JOIN links l ON l.id = k.link_id WHERE l.document_id = @documentId",
                new { documentId },
                transaction)
            .AsList();
        Delete(connection, transaction, "DELETE FROM search_en WHERE rowid = $a", indexed.Select(r => SearchRowIds.Text(r.LinkId, StatusNames.FromColumn(r.Status))));
        Delete(connection, transaction, "DELETE FROM search_ja WHERE rowid = $a", indexed.Select(r => SearchRowIds.Text(r.LinkId, StatusNames.FromColumn(r.Status))));
        Delete(connection, transaction, "DELETE FROM search_ja_chars WHERE rowid = $a", indexed.Select(r => SearchRowIds.Text(r.LinkId, StatusNames.FromColumn(r.Status))));
        Delete(connection, transaction, "DELETE FROM fuzzy_en WHERE rowid = $a", indexed.Select(r => r.EnglishFuzzyRowId));
        Delete(connection, transaction, "DELETE FROM fuzzy_ja WHERE rowid = $a", indexed.Select(r => r.JapaneseFuzzyRowId));
        Delete(connection, transaction, "DELETE FROM search_links WHERE link_id = $a", indexed.Select(r => r.LinkId));
        connection.Execute("DELETE FROM documents WHERE id = @documentId", new { documentId }, transaction);
        connection.Execute("DELETE FROM search_index_paused WHERE document_id = @documentId", new { documentId }, transaction);
    }

    /// <summary>Writes the rows of a paused document, each table in row id order, counts their grams, and unlists it.</summary>
    private static void Write(SqliteConnection connection, SqliteTransaction transaction, long documentId, List<Row> rows)
    {
        // Counting the grams needs only the rows: it runs on the thread pool while SQLite inserts them on this thread.
        var grams = Task.Run(() => GramCounts.Of(rows));
        Insert(connection, "INSERT INTO search_links (link_id, en_rowid, ja_rowid) VALUES (?1, ?2, ?3)", rows, r => r.LinkId, (s, r) => s.Bind(1, r.LinkId).Bind(2, r.EnglishFuzzyRowId).Bind(3, r.JapaneseFuzzyRowId));
        InsertFullText(connection, transaction, "search_en", "INSERT INTO search_en (rowid, en) VALUES (?1, ?2)", rows, r => r.TextRowId, (s, r) => s.Bind(1, r.TextRowId).Bind(2, r.EnglishKey));
        InsertFullText(connection, transaction, "search_ja", "INSERT INTO search_ja (rowid, ja) VALUES (?1, ?2)", rows, r => r.TextRowId, (s, r) => s.Bind(1, r.TextRowId).Bind(2, r.JapaneseKey));
        InsertFullText(connection, transaction, "search_ja_chars", "INSERT INTO search_ja_chars (rowid, ja) VALUES (?1, ?2)", rows, r => r.TextRowId, (s, r) => s.Bind(1, r.TextRowId).Bind(2, r.JapaneseCharacters));
        InsertFullText(connection, transaction, "fuzzy_en", "INSERT INTO fuzzy_en (rowid, grams) VALUES (?1, ?2)", rows, r => r.EnglishFuzzyRowId, (s, r) => s.Bind(1, r.EnglishFuzzyRowId).Bind(2, r.EnglishGrams));
        InsertFullText(connection, transaction, "fuzzy_ja", "INSERT INTO fuzzy_ja (rowid, grams) VALUES (?1, ?2)", rows, r => r.JapaneseFuzzyRowId, (s, r) => s.Bind(1, r.JapaneseFuzzyRowId).Bind(2, r.JapaneseGrams));
        WriteGramCounts(connection, grams.GetAwaiter().GetResult(), "INSERT INTO fuzzy_gram_counts (lang, gram, pairs) VALUES (?1, ?2, ?3) ON CONFLICT (lang, gram) DO UPDATE SET pairs = pairs + excluded.pairs");
        connection.Execute("DELETE FROM search_index_paused WHERE document_id = @documentId", new { documentId }, transaction);
    }

    private static bool PositionsAreIndexes(IReadOnlyList<Segment> segments)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].Index != i)
            {
                return false;
            }
        }

        return true;
    }

    private static SideSearchKeys Keys(SideSearchKeys? given, string text, Language language) =>
        given is not null && string.Equals(given.Text, text, StringComparison.Ordinal) ? given : SideSearchKeys.Of(text, language);

    private static List<Row> ReadRows(SqliteConnection connection, SqliteTransaction transaction, long documentId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT link_id, status, en, ja FROM search_link_texts WHERE link_id IN (SELECT id FROM links WHERE document_id = $document)";
        command.Parameters.AddWithValue("$document", documentId);
        var rows = new List<Row>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(Row.Of(reader.GetInt64(0), StatusNames.FromColumn(reader.GetString(1)), reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }

    /// <summary>
    /// Adds or subtracts counted grams to <c>fuzzy_gram_counts</c> (<see cref="GramCounts"/>), one statement per distinct
    /// gram, in (language, gram) order.
    /// </summary>
    private static void WriteGramCounts(SqliteConnection connection, GramCounts counts, string sql)
    {
        using var statement = new RawStatement(connection, sql);
        foreach (var (language, grams) in new[] { ("en", counts.English), ("ja", counts.Japanese) })
        {
            statement.Bind(1, language);
            for (var i = 0; i < grams.Grams.Length; i++)
            {
                statement.Bind(2, grams.Grams[i]).Bind(3, grams.Counts[i]).Run();
            }
        }
    }

    /// <summary>
    /// How many of the rows hold each fuzzy gram, per language, counted from the stored gram lists (distinct grams
    /// separated by spaces) without copying a gram already seen, and sorted by gram (ordinal) as they are written:
    /// an import counts and sorts on the thread pool while the index rows are inserted.
    /// </summary>
    private sealed record GramCounts(SortedCounts English, SortedCounts Japanese)
    {
        public static GramCounts Of(List<Row> rows)
        {
            var english = new Dictionary<string, long>(StringComparer.Ordinal);
            var japanese = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                Count(english, row.EnglishGrams);
                Count(japanese, row.JapaneseGrams);
            }

            return new GramCounts(SortedCounts.Of(english), SortedCounts.Of(japanese));
        }

        private static void Count(Dictionary<string, long> counts, string grams)
        {
            var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var range in grams.AsSpan().Split(' '))
            {
                var gram = grams.AsSpan()[range];
                if (!gram.IsEmpty)
                {
                    lookup[gram] = lookup.TryGetValue(gram, out var count) ? count + 1 : 1;
                }
            }
        }
    }

    /// <summary>One language's distinct grams in ordinal order, each with its count.</summary>
    private sealed record SortedCounts(string[] Grams, long[] Counts)
    {
        public static SortedCounts Of(Dictionary<string, long> counts)
        {
            var grams = new string[counts.Count];
            var values = new long[counts.Count];
            counts.Keys.CopyTo(grams, 0);
            counts.Values.CopyTo(values, 0);
            Array.Sort(grams, values, StringComparer.Ordinal);
            return new SortedCounts(grams, values);
        }
    }

    /// <summary>One prepared insert per table, its rows in row id order (see the class summary).</summary>
    private static void Insert(SqliteConnection connection, string sql, List<Row> rows, Func<Row, long> rowId, Action<RawStatement, Row> bind)
    {
        using var statement = new RawStatement(connection, sql);
        foreach (var row in InRowIdOrder(rows, rowId))
        {
            bind(statement, row);
            statement.Run();
        }
    }

    /// <summary>The rows by row id (unique in a table): as they are when they are in order already, as the
    /// concordance tables' rows of an import's unconfirmed links are.</summary>
    private static IEnumerable<Row> InRowIdOrder(List<Row> rows, Func<Row, long> rowId)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            if (rowId(rows[i - 1]) > rowId(rows[i]))
            {
                return rows.OrderBy(rowId);
            }
        }

        return rows;
    }

    /// <summary>An FTS5 table's rows, inserted with room for the whole document's pending terms (<see cref="BulkHashSize"/>).</summary>
    private static void InsertFullText(
        SqliteConnection connection, SqliteTransaction transaction, string table, string sql, List<Row> rows, Func<Row, long> rowId, Action<RawStatement, Row> bind) =>
        BulkHashSize.Run(connection, transaction, table, () => Insert(connection, sql, rows, rowId, bind));

    private static void Delete(SqliteConnection connection, SqliteTransaction transaction, string sql, IEnumerable<long> rowIds)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var rowId = command.Parameters.Add("$a", SqliteType.Integer);
        command.Prepare();
        foreach (var id in rowIds.Order())
        {
            rowId.Value = id;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>One pair's index rows, computed as the triggers' SQL functions compute them (<see cref="SearchFunctions"/>).</summary>
    private sealed record Row(
        long LinkId,
        long TextRowId,
        string EnglishKey,
        string JapaneseKey,
        string JapaneseCharacters,
        long EnglishFuzzyRowId,
        string EnglishGrams,
        long JapaneseFuzzyRowId,
        string JapaneseGrams)
    {
        public static Row Of(long linkId, LinkStatus status, string english, string japanese) =>
            Of(linkId, status, SideSearchKeys.Of(english, Language.English), SideSearchKeys.Of(japanese, Language.Japanese));

        public static Row Of(long linkId, LinkStatus status, SideSearchKeys english, SideSearchKeys japanese) =>
            Of(linkId, PairContent.Of(status, english, japanese));

        public static Row Of(long linkId, PairContent pair) =>
            new(
                linkId,
                SearchRowIds.Text(linkId, pair.Status),
                pair.English.Key,
                pair.Japanese.Key,
                pair.JapaneseCharacters,
                SearchRowIds.Fuzzy(pair.English.FuzzyLength, linkId),
                pair.English.FuzzyGrams,
                SearchRowIds.Fuzzy(pair.Japanese.FuzzyLength, linkId),
                pair.Japanese.FuzzyGrams);
    }

    /// <summary>What one pair puts in the index apart from its row ids: its keys and its Japanese key's characters.</summary>
    internal sealed record PairContent(LinkStatus Status, SideSearchKeys English, SideSearchKeys Japanese, string JapaneseCharacters)
    {
        public static PairContent Of(LinkStatus status, SideSearchKeys english, SideSearchKeys japanese) =>
            new(status, english, japanese, SearchFunctions.Spaced(japanese.Key));
    }
}
