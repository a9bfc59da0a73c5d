using System.CommandLine;
using System.Reflection;
using Workbench.Cli.Commands;

namespace Workbench.Cli;

/// <summary>The <c>workbench</c> command line: builds the command tree and runs it.</summary>
public static class WorkbenchCli
{
    /// <summary>Exit code for usage errors and unusable input.</summary>
    public const int InputErrorExitCode = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is ["--version"])
        {
            // What System.CommandLine's --version prints, without building the nineteen commands first (issue 12).
            stdout.WriteLine(typeof(WorkbenchCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);
            return 0;
        }

        var globals = new GlobalOptions();
        var root = new RootCommand("Workbench: a bilingual English–Japanese translation-memory workbench.");
        globals.AddTo(root);
        foreach (var command in CreateCommands(globals, stdout, stderr))
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"workbench: {error.Message}");
            }

            return InputErrorExitCode;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static IEnumerable<Command> CreateCommands(GlobalOptions globals, TextWriter stdout, TextWriter stderr)
    {
        var context = new CommandContextFactory(globals, stdout, stderr);
        yield return SegmentCommand.Create(context);
        yield return ImportCommand.Create(context);
        yield return ListCommand.Create(context);
        yield return ShowCommand.Create(context);
        yield return DemoCommand.Create(context);
        yield return CheckCommand.Create(context);
        yield return TermsCommand.Create(context);
        yield return GlossaryCommand.Create(context);
        yield return ExportCommand.Create(context);
        yield return ImportTmxCommand.Create(context);
        yield return ReviewCommand.Create(context);
        yield return AlignCommand.Create(context);
        yield return EvalCommand.Create(context);
        yield return CopyCommand.Create(context);
        yield return SearchCommand.Create(context);
        yield return LookupCommand.Create(context);
        yield return AnalyzeCommand.Create(context);
        yield return WorkerCommand.Create(context);
        yield return LexiconCommand.Create(context);
    }
}
