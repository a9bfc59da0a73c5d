using Microsoft.Data.Sqlite;
using Workbench.Core;

namespace Workbench.Cli;

/// <summary>Which exceptions are the user's input or environment problems (exit 2, one line) rather than bugs.</summary>
internal static class InputErrors
{
    /// <summary>Exit code for a bug: still one line, never a stack trace (EX_SOFTWARE from sysexits.h).</summary>
    public const int InternalErrorExitCode = 70;

    /// <summary>A locked, read-only or corrupt database is the user's to fix, like a bad input file.</summary>
    public static bool IsInputError(Exception error) =>
        error is WorkbenchInputException or IOException or UnauthorizedAccessException or SqliteException;

    public static string Describe(Exception error) =>
        error.Message.ReplaceLineEndings(" ").Trim();
}
