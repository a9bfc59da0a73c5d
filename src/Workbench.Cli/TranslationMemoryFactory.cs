using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Core.Storage;
using Workbench.Storage;
using Workbench.Storage.Postgres;

namespace Workbench.Cli;

/// <summary>
/// The one place that turns <c>--db</c> into a backend: a <c>postgresql://</c> URL or an Npgsql connection string
/// (<c>Host=…;Database=…</c>) opens PostgreSQL, anything else is a SQLite database file.
/// </summary>
public static class TranslationMemoryFactory
{
    public static bool IsPostgres(string database) => PostgresConnectionStrings.IsPostgres(database);

    /// <summary>Opens (creating and migrating when needed) the memory for <paramref name="user"/>'s edits.</summary>
    public static ITranslationMemory Open(string database, string user)
    {
        ArgumentException.ThrowIfNullOrEmpty(database);
        Interruption.MayHaveWritten();
        return IsPostgres(database)
            ? PostgresTranslationMemory.Open(database, user: user)
            : SqliteTranslationMemory.Open(database, user: user);
    }

    /// <summary>Opens an existing memory for reading only: a SQLite file is never created, written or left with
    /// <c>-wal</c>/<c>-shm</c>; a PostgreSQL database is opened as usual (the server owns its files).</summary>
    public static ITranslationMemory OpenReadOnly(string database, string user)
    {
        ArgumentException.ThrowIfNullOrEmpty(database);
        return IsPostgres(database)
            ? PostgresTranslationMemory.Open(database, user: user)
            : SqliteTranslationMemory.OpenReadOnly(database);
    }

    /// <summary>
    /// Opens a memory to look things up in (search, lookup, analyze): as <see cref="OpenReadOnly"/>, except that a
    /// SQLite file that does not exist yet reads as an empty memory — "no matches" is the answer before the first
    /// import, and analysing a new client's file against no memory is a real question — without creating the file.
    /// </summary>
    public static ITranslationMemory OpenReadOnlyOrEmpty(string database, string user)
    {
        ArgumentException.ThrowIfNullOrEmpty(database);
        return IsPostgres(database) || File.Exists(database) || Directory.Exists(database)
            ? OpenReadOnly(database, user)
            : SqliteTranslationMemory.Open(":memory:", user: user);
    }

    /// <summary>Opens a memory that must exist already (a source to read from): a missing SQLite file is an error, not a new database.</summary>
    public static ITranslationMemory OpenExisting(string database, string user)
    {
        ArgumentException.ThrowIfNullOrEmpty(database);
        if (!IsPostgres(database) && !File.Exists(database))
        {
            throw new WorkbenchInputException($"{database}: no such database file");
        }

        return Open(database, user);
    }

    /// <summary>The database as messages show it: the path, or the server and database without a password.</summary>
    public static string Describe(string database) =>
        IsPostgres(database) ? PostgresConnectionStrings.Describe(database) : database;
}
