using Dapper;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Workbench.Storage;

/// <summary>
/// Commits a whole-document write without checkpointing in the committing call, and checkpoints on a thread of its
/// own. SQLite checkpoints a WAL database as part of any commit that leaves more than <c>wal_autocheckpoint</c> pages
/// (1,000) in the log: after an import that means copying the whole import from the log into the database file and
/// syncing both (30 MB for the 40,000-sentence pair, 0.1–0.3 s) before the caller can report what it stored. Here
/// the commit only appends to the log; a second connection then runs a PASSIVE checkpoint (it never waits for or
/// blocks the readers and writers of the file) while the caller reads its summary and prints, and
/// <see cref="SqliteTranslationMemory.Dispose"/> waits for it before switching the file back to rollback-journal mode.
/// Durability is what it was: the commit is complete in the log when <see cref="Commit"/> returns (with
/// <c>synchronous = NORMAL</c> the log is in the operating system, so a killed process loses nothing and the next
/// opener replays it), and the checkpoint syncs the log before it writes the database file and syncs that after,
/// as the one inside the commit did; only the thread that waits for those syncs changed.
/// </summary>
internal static class WalCheckpointBeside
{
    /// <summary>Commits with the connection's automatic checkpoint off, and puts the setting back.</summary>
    public static void Commit(SqliteConnection connection, SqliteTransaction transaction)
    {
        var database = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        var pages = connection.ExecuteScalar<int>("PRAGMA wal_autocheckpoint", transaction: transaction);
        Check(database, raw.sqlite3_wal_autocheckpoint(database, 0));
        try
        {
            transaction.Commit();
        }
        finally
        {
            Check(database, raw.sqlite3_wal_autocheckpoint(database, pages));
        }
    }

    /// <summary>
    /// Starts a PASSIVE checkpoint of the connection's database file through a connection of its own. A failure
    /// (the file went away, a read-only file system) is the task's; the caller's switch back to rollback-journal mode
    /// checkpoints whatever is left.
    /// </summary>
    public static Task Start(SqliteConnection connection)
    {
        var database = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        var path = raw.sqlite3_db_filename(database, "main").utf8_to_string();
        return Task.Factory.StartNew(() => Run(path), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private static void Run(string path)
    {
        var rc = raw.sqlite3_open_v2(path, out var checkpointer, raw.SQLITE_OPEN_READWRITE, null);
        using (checkpointer)
        {
            Check(checkpointer, rc);
            Check(checkpointer, raw.sqlite3_exec(checkpointer, "PRAGMA wal_checkpoint(PASSIVE)"));
        }
    }

    private static void Check(sqlite3 database, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, database);
        }
    }
}
