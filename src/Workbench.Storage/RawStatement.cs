using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Workbench.Storage;

/// <summary>
/// One prepared SQLite statement run many times through the native API, for the rows of a whole-document write
/// (segments, links, search index rows): bind, step, reset, with no per-row command, parameter collection or
/// statement lookup of Microsoft.Data.Sqlite. It runs on the connection's handle, so inside the caller's open
/// transaction; an error surfaces as the same <see cref="SqliteException"/> a command would throw.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        database = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        var rc = raw.sqlite3_prepare_v2(database, sql, out statement);
        if (rc != raw.SQLITE_OK)
        {
            throw Error(rc);
        }
    }

    public RawStatement Bind(int index, long value) => Checked(raw.sqlite3_bind_int64(statement, index, value));

    public RawStatement Bind(int index, double value) => Checked(raw.sqlite3_bind_double(statement, index, value));

    public RawStatement Bind(int index, string value) => Checked(raw.sqlite3_bind_text16(statement, index, value.AsSpan()));

    /// <summary>Runs the statement with the values bound and resets it for the next row.</summary>
    public void Run()
    {
        var rc = raw.sqlite3_step(statement);
        if (rc != raw.SQLITE_DONE)
        {
            var error = Error(rc);
            raw.sqlite3_reset(statement);
            throw error;
        }

        raw.sqlite3_reset(statement);
    }

    /// <summary><see cref="Run"/> for an insert whose row id the caller needs: returns the last row id inserted (one
    /// more call into SQLite per row, which the index tables' inserts, hundreds of thousands per import, skip).</summary>
    public long Insert()
    {
        Run();
        return raw.sqlite3_last_insert_rowid(database);
    }

    public void Dispose() => statement.Dispose();

    private RawStatement Checked(int rc) => rc == raw.SQLITE_OK ? this : throw Error(rc);

    /// <summary>The exception Microsoft.Data.Sqlite throws for this result code, message included.</summary>
    private SqliteException Error(int rc)
    {
        try
        {
            SqliteException.ThrowExceptionForRC(rc, database);
        }
        catch (SqliteException error)
        {
            return error;
        }

        return new SqliteException(raw.sqlite3_errmsg(database).utf8_to_string(), rc, raw.sqlite3_extended_errcode(database));
    }
}
