using Dapper;
using Microsoft.Data.Sqlite;
using Workbench.Core;
using Workbench.Core.Documents;

namespace Workbench.Storage;

/// <summary>
/// Tells a Workbench database from anything else given as <c>--db</c>: a file that is not SQLite at all (SQLite's
/// error 26), or an SQLite database of another program (tables, but no Workbench schema version), which a
/// migration must never write its tables into.
/// </summary>
internal static class DatabaseFileCheck
{
    /// <summary>SQLITE_NOTADB: the file has no SQLite header.</summary>
    private const int NotADatabase = 26;

    public static bool IsNotADatabase(SqliteException error) => error.SqliteErrorCode == NotADatabase;

    public static WorkbenchInputException NotWorkbench(string path, string why) =>
        new($"{path}: not a Workbench database ({why}); give another --db, or a new file name to start one");

    /// <summary>Throws unless the database carries a Workbench schema version or is empty (a new file).</summary>
    public static void EnsureWorkbenchOrEmpty(SqliteConnection connection, string path)
    {
        if (SchemaMigrator.CurrentVersion(connection) > 0)
        {
            return;
        }

        var tables = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'");
        if (tables > 0)
        {
            throw NotWorkbench(path, "an SQLite database of another program");
        }
    }
}
