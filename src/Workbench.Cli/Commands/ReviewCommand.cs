using System.CommandLine;
using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Core.Review;
using Workbench.Core.Terminology;
using Workbench.Tui;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench review [--doc NAME]</c>: the full-screen review UI; every edit is saved as it is made.</summary>
internal static class ReviewCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var documentName = new Option<string?>("--doc") { Description = "Document to review (default: choose from a list)" };
        var command = new Command("review", "Review and fix alignments in a full-screen terminal UI") { documentName };
        contexts.SetAction(command, (parsed, context) =>
        {
            if (Console.IsInputRedirected || Console.IsOutputRedirected)
            {
                throw new WorkbenchInputException("review needs an interactive terminal; stdin and stdout must not be redirected");
            }

            using var memory = context.OpenMemory();
            DocumentSummary? document = null;
            if (parsed.GetValue(documentName) is { } name)
            {
                document = memory.FindDocument(name)
                    ?? throw new WorkbenchInputException($"{context.DatabasePath}: no document named '{name}' (see `workbench list`)");
            }
            else if (memory.ListDocuments().Count == 0)
            {
                throw new WorkbenchInputException($"{context.DatabasePath}: no documents to review; import one with `workbench import`");
            }

            var glossary = memory.GetGlossary();
            var termIssues = new GlossaryTermIssues(new TranslationChecker(glossary, CheckOptions.Default));
            ReviewApp.Run(
                memory,
                AlignerFactory.Create(lexiconPath: null, glossary),
                document,
                termIssues,
                new MemoryTermClusters(memory),
                ReviewOptions.Default,
                other => $"workbench review --db {ShellWords.Quote(context.DatabaseName)} --doc {ShellWords.Quote(other)}");
            return 0;
        });
        return command;
    }
}
