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

    /// <summary>Indexes every pair of a paused document (none of which is indexed yet) and resumes its triggers.</summary>
    public static void IndexDocument(SqliteConnection connection, SqliteTransaction transaction, long documentId)
    {
        var rows = ReadRows(connection, transaction, documentId);
        Insert(connection, transaction, "INSERT INTO search_links (link_id, en_rowid, ja_rowid) VALUES ($a, $b, $c)", rows.OrderBy(r => r.LinkId), r => [r.LinkId, r.EnglishFuzzyRowId, r.JapaneseFuzzyRowId]);
        Insert(connection, transaction, "INSERT INTO search_en (rowid, en) VALUES ($a, $b)", rows.OrderBy(r => r.TextRowId), r => [r.TextRowId, r.EnglishKey]);
        Insert(connection, transaction, "INSERT INTO search_ja (rowid, ja) VALUES ($a, $b)", rows.OrderBy(r => r.TextRowId), r => [r.TextRowId, r.JapaneseKey]);
        Insert(connection, transaction, "INSERT INTO search_ja_chars (rowid, ja) VALUES ($a, $b)", rows.OrderBy(r => r.TextRowId), r => [r.TextRowId, r.JapaneseCharacters]);
        Insert(connection, transaction, "INSERT INTO fuzzy_en (rowid, grams) VALUES ($a, $b)", rows.OrderBy(r => r.EnglishFuzzyRowId), r => [r.EnglishFuzzyRowId, r.EnglishGrams]);
        Insert(connection, transaction, "INSERT INTO fuzzy_ja (rowid, grams) VALUES ($a, $b)", rows.OrderBy(r => r.JapaneseFuzzyRowId), r => [r.JapaneseFuzzyRowId, r.JapaneseGrams]);
        CountGrams(connection, transaction, rows, "INSERT INTO fuzzy_gram_counts (lang, gram, pairs) VALUES ($lang, $gram, $pairs) ON CONFLICT (lang, gram) DO UPDATE SET pairs = pairs + excluded.pairs");
        connection.Execute("DELETE FROM search_index_paused WHERE document_id = @documentId", new { documentId }, transaction);
    }

    /// <summary>
    /// Deletes a document with its segments, links and index rows. The index rows go first, by row id; the cascade
    /// that follows runs with the document paused, so no trigger re-indexes a link whose segments are going.
    /// </summary>
    public static void DeleteDocument(SqliteConnection connection, SqliteTransaction transaction, long documentId)
    {
        Pause(connection, transaction, documentId);
        CountGrams(connection, transaction, ReadRows(connection, transaction, documentId), "UPDATE fuzzy_gram_counts SET pairs = max(pairs - $pairs, 0) WHERE lang = $lang AND gram = $gram");
        var indexed = connection.Query<(long LinkId, string Status, long EnglishFuzzyRowId, long JapaneseFuzzyRowId)>(
                "SELECT k.link_id, l.status, k.en_rowid, k.ja_rowid FROM search_links k JOIN links l ON l.id = k.link_id WHERE l.document_id = @documentId",
                new { documentId },
                transaction)
            .ToList();
        Delete(connection, transaction, "DELETE FROM search_en WHERE rowid = $a", indexed.Select(r => SearchRowIds.Text(r.LinkId, StatusNames.FromColumn(r.Status))));
        Delete(connection, transaction, "DELETE FROM search_ja WHERE rowid = $a", indexed.Select(r => SearchRowIds.Text(r.LinkId, StatusNames.FromColumn(r.Status))));
        Delete(connection, transaction, "DELETE FROM search_ja_chars WHERE rowid = $a", indexed.Select(r => SearchRowIds.Text(r.LinkId, StatusNames.FromColumn(r.Status))));
        Delete(connection, transaction, "DELETE FROM fuzzy_en WHERE rowid = $a", indexed.Select(r => r.EnglishFuzzyRowId));
        Delete(connection, transaction, "DELETE FROM fuzzy_ja WHERE rowid = $a", indexed.Select(r => r.JapaneseFuzzyRowId));
        Delete(connection, transaction, "DELETE FROM search_links WHERE link_id = $a", indexed.Select(r => r.LinkId));
        connection.Execute("DELETE FROM documents WHERE id = @documentId", new { documentId }, transaction);
        connection.Execute("DELETE FROM search_index_paused WHERE document_id = @documentId", new { documentId }, transaction);
    }

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

    /// <summary>Adds or subtracts the rows' grams to <c>fuzzy_gram_counts</c>, one statement per distinct gram.</summary>
    private static void CountGrams(SqliteConnection connection, SqliteTransaction transaction, List<Row> rows, string sql)
    {
        var counts = new Dictionary<(string Language, string Gram), long>();
        foreach (var row in rows)
        {
            foreach (var (language, grams) in new[] { ("en", row.EnglishGrams), ("ja", row.JapaneseGrams) })
            {
                foreach (var gram in grams.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    counts[(language, gram)] = counts.GetValueOrDefault((language, gram)) + 1;
                }
            }
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var lang = command.Parameters.Add("$lang", SqliteType.Text);
        var gramValue = command.Parameters.Add("$gram", SqliteType.Text);
        var pairs = command.Parameters.Add("$pairs", SqliteType.Integer);
        command.Prepare();
        foreach (var ((language, gram), count) in counts.OrderBy(entry => entry.Key.Language, StringComparer.Ordinal).ThenBy(entry => entry.Key.Gram, StringComparer.Ordinal))
        {
            lang.Value = language;
            gramValue.Value = gram;
            pairs.Value = count;
            command.ExecuteNonQuery();
        }
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, string sql, IEnumerable<Row> rows, Func<Row, object[]> values)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var parameters = new[] { "$a", "$b", "$c" }
            .Where(name => sql.Contains(name, StringComparison.Ordinal))
            .Select(name => command.Parameters.AddWithValue(name, DBNull.Value))
            .ToList();
        command.Prepare();
        foreach (var row in rows)
        {
            var rowValues = values(row);
            for (var i = 0; i < parameters.Count; i++)
            {
                parameters[i].Value = rowValues[i];
            }

            command.ExecuteNonQuery();
        }
    }

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

    /// <summary>One pair's index rows, computed as the triggers' SQL functions compute them.</summary>
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
        public static Row Of(long linkId, LinkStatus status, string english, string japanese)
        {
            var japaneseKey = SearchKeys.Of(japanese, Language.Japanese);
            var englishUnits = MatchUnits.Of(english, Language.English);
            var japaneseUnits = MatchUnits.Of(japanese, Language.Japanese);
            return new Row(
                linkId,
                SearchRowIds.Text(linkId, status),
                SearchKeys.Of(english, Language.English),
                japaneseKey,
                SearchFunctions.Spaced(japaneseKey),
                SearchRowIds.Fuzzy(SearchFunctions.FuzzyLength(englishUnits), linkId),
                SearchFunctions.FuzzyGrams(englishUnits, Language.English),
                SearchRowIds.Fuzzy(SearchFunctions.FuzzyLength(japaneseUnits), linkId),
                SearchFunctions.FuzzyGrams(japaneseUnits, Language.Japanese));
        }
    }
}
