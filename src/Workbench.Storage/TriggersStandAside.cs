using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Workbench.Storage;

/// <summary>
/// Runs a whole-document insert with the connection's triggers turned off (<c>SQLITE_DBCONFIG_ENABLE_TRIGGER</c>), for
/// the segments and links of a document listed in <c>search_index_paused</c>. The only triggers on those tables are
/// the search index's (migration 0007), and each of them stands aside for a paused document, so with them on every
/// row still ran a trigger program (a fresh frame of registers, the <c>search_index_paused</c> look-up) and, since a
/// statement with a trigger may write several rows, saved the pages it changed to a statement journal, for nothing:
/// about half of a link insert's cost. Statements are compiled without the triggers only while the setting is off, so
/// <paramref name="write"/> must prepare and run its statements inside; the setting is put back however it ends (SQLite
/// then recompiles any statement prepared meanwhile before it runs again). The index rows the triggers would have
/// written are written by <see cref="SqliteSearchIndexWriter"/>, as for any paused document.
/// </summary>
internal static class TriggersStandAside
{
    public static T Run<T>(SqliteConnection connection, Func<T> write)
    {
        var database = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        Set(database, enabled: false);
        try
        {
            return write();
        }
        finally
        {
            Set(database, enabled: true);
        }
    }

    /// <summary>Whether the connection compiles triggers into its statements now (tests).</summary>
    public static bool Enabled(SqliteConnection connection)
    {
        var database = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        Check(database, raw.sqlite3_db_config(database, raw.SQLITE_DBCONFIG_ENABLE_TRIGGER, -1, out var enabled));
        return enabled != 0;
    }

    private static void Set(sqlite3 database, bool enabled) =>
        Check(database, raw.sqlite3_db_config(database, raw.SQLITE_DBCONFIG_ENABLE_TRIGGER, enabled ? 1 : 0, out _));

    private static void Check(sqlite3 database, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, database);
        }
    }
}
