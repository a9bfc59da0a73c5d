using System.CommandLine;
using System.Reflection;
using Workbench.Cli.Commands;

namespace Workbench.Cli;

/// <summary>The <c>workbench</c> command line: builds the command tree and runs it.</summary>
public static class WorkbenchCli
{
    /// <summary>Exit code for usage errors and unusable input.</summary>
    public const int InputErrorExitCode = 2;

    /// <summary>Every command by name, in the order help lists them; each name is the one its command is created with (a test holds them equal).</summary>
    private static readonly (string Name, Func<CommandContextFactory, Command> Create)[] Commands =
    [
        ("segment", SegmentCommand.Create),
        ("import", ImportCommand.Create),
        ("list", ListCommand.Create),
        ("show", ShowCommand.Create),
        ("demo", DemoCommand.Create),
        ("check", CheckCommand.Create),
        ("terms", TermsCommand.Create),
        ("glossary", GlossaryCommand.Create),
        ("export", ExportCommand.Create),
        ("import-tmx", ImportTmxCommand.Create),
        ("review", ReviewCommand.Create),
        ("align", AlignCommand.Create),
        ("eval", EvalCommand.Create),
        ("copy", CopyCommand.Create),
        ("search", SearchCommand.Create),
        ("lookup", LookupCommand.Create),
        ("analyze", AnalyzeCommand.Create),
        ("worker", WorkerCommand.Create),
        ("lexicon", LexiconCommand.Create),
    ];

    /// <summary>The commands' names, as the command line knows them.</summary>
    internal static IEnumerable<string> CommandNames => Commands.Select(c => c.Name);

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
        var context = new CommandContextFactory(globals, stdout, stderr);
        foreach (var (_, create) in CommandsFor(args))
        {
            root.Subcommands.Add(create(context));
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

    /// <summary>
    /// The command named by the first argument alone, or all of them (for help, usage errors, and global options
    /// written before the command): building the other eighteen commands' options cost every run ≈ 3% of a small
    /// <c>align</c> (issue 12), and a run only ever invokes one.
    /// </summary>
    private static (string Name, Func<CommandContextFactory, Command> Create)[] CommandsFor(string[] args)
    {
        // A loop and arrays, not Array.FindAll or a list: generic code over a tuple is compiled at run time on every start.
        foreach (var command in Commands)
        {
            if (args.Length > 0 && command.Name == args[0])
            {
                return [command];
            }
        }

        return Commands;
    }
}
