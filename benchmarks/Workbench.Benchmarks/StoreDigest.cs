using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Workbench.Benchmarks;

/// <summary>
/// <c>store-digest DB</c>: a digest of every table an import writes, to compare two builds' imports of the same files
/// (<c>diff</c> the outputs). Plain tables are compared row by row (timestamps aside). The five FTS5 indexes are
/// compared by what they hold — every (term, row id, column, offset) through <c>fts5vocab</c>, each row's token
/// counts, the stored settings — and, marked "layout", by how FTS5 happened to split them into segments
/// (<c>_data</c>, <c>_idx</c>, the rows' segment origins), which depends on when it flushed, not on what was stored.
/// </summary>
internal static class StoreDigest
{
    private static readonly string[] FullTextTables = ["search_en", "search_ja", "search_ja_chars", "fuzzy_en", "fuzzy_ja"];

    public static void Run(TextWriter output, string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        void Print(string name, string sql) => output.WriteLine($"{name,-34} {Digest(connection, sql)}");
        Print("documents", "SELECT id, name, en_source, ja_source, link_version, content_hash FROM documents ORDER BY id");
        Print("document_metadata", "SELECT * FROM document_metadata ORDER BY document_id, lang");
        Print("segments", "SELECT * FROM segments ORDER BY document_id, lang, idx");
        Print("links", "SELECT id, document_id, en_start, en_count, ja_start, ja_count, confidence, status, version FROM links ORDER BY id");
        Print("search_links", "SELECT * FROM search_links ORDER BY link_id");
        Print("fuzzy_gram_counts", "SELECT * FROM fuzzy_gram_counts ORDER BY lang, gram");
        Print("search_index_paused", "SELECT * FROM search_index_paused ORDER BY document_id");
        foreach (var table in FullTextTables)
        {
            using (var create = connection.CreateCommand())
            {
                create.CommandText = $"CREATE VIRTUAL TABLE temp.{table}_instances USING fts5vocab(main, {table}, instance)";
                create.ExecuteNonQuery();
            }

            Print($"{table} terms", $"SELECT term, doc, col, offset FROM temp.{table}_instances");
            Print($"{table} token counts", $"SELECT id, sz FROM {table}_docsize ORDER BY id");
            Print($"{table} settings", $"SELECT k, v FROM {table}_config ORDER BY k");
            Print($"{table} layout: origins", $"SELECT id, origin FROM {table}_docsize ORDER BY id");
            Print($"{table} layout: _data", $"SELECT id, block FROM {table}_data ORDER BY id");
            Print($"{table} layout: _idx", $"SELECT segid, term, pgno FROM {table}_idx ORDER BY segid, term");
        }
    }

    /// <summary>Row count and the first 16 hex digits of a SHA-256 over every value of the query's rows.</summary>
    private static string Digest(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var rows = 0L;
        while (reader.Read())
        {
            rows++;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.IsDBNull(i) ? "\0null" : reader.GetValue(i) is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
                hash.AppendData(Encoding.UTF8.GetBytes(value + "\u0001"));
            }

            hash.AppendData("\n"u8);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{rows,9} {Convert.ToHexString(hash.GetHashAndReset())[..16]}");
    }
}
