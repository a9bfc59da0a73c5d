using Workbench.Core.Documents;

namespace Workbench.Cli;

/// <summary>Which exceptions are the user's input problems (exit 2, one line) rather than bugs.</summary>
internal static class InputErrors
{
    public static bool IsInputError(Exception error) =>
        error is WorkbenchInputException or IOException or UnauthorizedAccessException;

    public static string Describe(Exception error) =>
        error.Message.ReplaceLineEndings(" ").Trim();
}
