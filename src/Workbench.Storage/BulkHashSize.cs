using Dapper;
using Microsoft.Data.Sqlite;

namespace Workbench.Storage;

/// <summary>
/// Runs a whole document's inserts into one FTS5 table with a larger <c>hashsize</c>, and puts the setting back as it
/// was, all in the caller's transaction. FTS5 gathers new terms in an in-memory hash and, once the hash holds
/// <c>hashsize</c> bytes (1 MiB by default, at least 128 bytes a term), sorts it and writes a new segment that later
/// merges fold into the others. A document's trigram rows overflowed that hash every few thousand new terms: on the
/// 40,000-sentence import, sorting, writing and merging those small segments was about a quarter of the search index's
/// SQLite time. With room for the document the terms are sorted once and written as one segment per table. The
/// terms, row ids and positions stored are the same (only how they are split into segments differs; see
/// <c>benchmarks/README.md</c>, "Import, session 5"), and the setting is left in <c>%_config</c> as it was, so nothing
/// else in the database changes. When a write fails, the setting is not put back here: the caller's transaction rolls
/// back, and FTS5 re-reads its configuration when it finds the stored cookie different from its own.
/// </summary>
internal static class BulkHashSize
{
    /// <summary>
    /// Room for a document's pending terms in one table; it bounds the memory they may take before a flush and is
    /// not allocated up front. Putting the setting back flushes the table's terms (SQLite's heap on the 40,000-sentence
    /// pair: 14 → 7 MB after the Japanese trigrams), so one table's terms are held at a time, whatever the number of
    /// documents in the transaction.
    /// </summary>
    public const long Bytes = 64L << 20;

    /// <summary>FTS5's own default (<c>FTS5_DEFAULT_HASHSIZE</c>): what a table without a stored setting uses.</summary>
    private const long DefaultBytes = 1L << 20;

    public static void Run(SqliteConnection connection, SqliteTransaction transaction, string table, Action write)
    {
        var stored = connection.ExecuteScalar<long?>($"SELECT v FROM {table}_config WHERE k = 'hashsize'", transaction: transaction);
        Set(connection, transaction, table, Math.Max(stored ?? 0, Bytes));
        write();
        Set(connection, transaction, table, stored ?? DefaultBytes);
        if (stored is null)
        {
            connection.Execute($"DELETE FROM {table}_config WHERE k = 'hashsize'", transaction: transaction);
        }
    }

    private static void Set(SqliteConnection connection, SqliteTransaction transaction, string table, long bytes) =>
        connection.Execute($"INSERT INTO {table} ({table}, rank) VALUES ('hashsize', @bytes)", new { bytes }, transaction);
}
