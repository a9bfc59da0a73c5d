using SQLitePCL;

namespace Workbench.Storage;

/// <summary>
/// Process-wide SQLite settings, applied once before the first connection opens (<c>sqlite3_config</c> is accepted
/// only before the library initialises). Memory statistics are off (<c>SQLITE_CONFIG_MEMSTATUS</c> = 0): with them on,
/// every allocation and free inside SQLite takes a global mutex to count bytes that nothing here reads
/// (<c>sqlite3_memory_used</c>, the soft heap limit), and an import's FTS5 index makes millions of them on the thread
/// that holds the import's transaction. Nothing stored or returned depends on it. When something else in the process
/// initialised SQLite first, SQLite refuses the setting (<c>SQLITE_MISUSE</c>) and keeps its default: slower, the
/// same results.
/// </summary>
internal static class SqliteLibrary
{
    private static readonly int Result = Configure();

    /// <summary>The result of <c>sqlite3_config</c>: <c>SQLITE_OK</c> when the setting took (tests).</summary>
    public static int ConfigurationResult => Result;

    /// <summary>Applies the settings the first time it is called; call before opening a connection.</summary>
    public static void EnsureConfigured() => _ = Result;

    private static int Configure()
    {
        // The provider (the bundled e_sqlite3) is registered by Microsoft.Data.Sqlite's first SqliteConnection.
        _ = new Microsoft.Data.Sqlite.SqliteConnection();
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }
}
