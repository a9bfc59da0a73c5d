using System.CommandLine;

namespace Workbench.Cli;

/// <summary>Gives each command's action its <see cref="CommandContext"/> and turns input errors into exit code 2.</summary>
public sealed class CommandContextFactory(GlobalOptions globals, TextWriter stdout, TextWriter stderr)
{
    /// <summary>
    /// Wraps a command body: user-fixable errors become one line on stderr and exit code 2; a bug becomes one line and
    /// exit code 70, never a stack trace.
    /// </summary>
    public void SetAction(Command command, Func<ParseResult, CommandContext, int> body)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.SetAction(parsed =>
        {
            var context = new CommandContext(stdout, stderr, globals.ResolveDatabasePath(parsed), globals.ResolveUser(parsed));
            try
            {
                return body(parsed, context);
            }
            catch (Exception error) when (InputErrors.IsInputError(error))
            {
                stderr.WriteLine($"workbench: {InputErrors.Describe(error)}");
                return WorkbenchCli.InputErrorExitCode;
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                stderr.WriteLine($"workbench: internal error ({error.GetType().Name}): {InputErrors.Describe(error)}");
                return InputErrors.InternalErrorExitCode;
            }
        });
    }
}
