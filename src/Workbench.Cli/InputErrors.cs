using Microsoft.Data.Sqlite;
using Npgsql;
using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Core.Storage;

namespace Workbench.Cli;

/// <summary>Which exceptions are the user's input or environment problems (exit 2, one line) rather than bugs.</summary>
internal static class InputErrors
{
    /// <summary>Exit code for a bug: still one line, never a stack trace (EX_SOFTWARE from sysexits.h).</summary>
    public const int InternalErrorExitCode = 70;

    /// <summary>
    /// A locked, read-only or corrupt database, an unreachable or refusing PostgreSQL server, or an edit another reviewer
    /// got in first, is the user's to fix or retry, like a bad input file.
    /// </summary>
    public static bool IsInputError(Exception error) =>
        error is WorkbenchInputException or IOException or UnauthorizedAccessException or SqliteException or NpgsqlException
            or EditConflictException;

    public static string Describe(Exception error) =>
        error switch
        {
            DocumentExistsException => $"{OneLine(error.Message)}; use --replace to overwrite it",
            _ => OneLine(error.Message),
        };

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
