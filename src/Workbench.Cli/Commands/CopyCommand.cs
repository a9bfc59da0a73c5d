using System.CommandLine;
using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Storage;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench copy [--from DB] --to DB</c>: moves a whole memory (documents, segments, links with their versions, every
/// reviewer's history, the glossary) between databases of either backend, SQLite to PostgreSQL or back. The target
/// must be empty and is written in one transaction: an interrupted copy leaves it empty.
/// </summary>
internal static class CopyCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var from = new Option<string?>("--from") { Description = "Memory to copy (default: --db)" };
        var to = new Option<string>("--to") { Description = "Empty memory to copy into: a SQLite file or a PostgreSQL URL", Required = true };
        var command = new Command("copy", "Copy a whole memory, history included, between SQLite and PostgreSQL") { from, to };
        contexts.SetAction(command, (parsed, context) =>
        {
            var source = parsed.GetValue(from) is { Length: > 0 } named ? named : context.DatabasePath;
            var target = parsed.GetValue(to)!;
            if (string.Equals(Path.GetFullPath(source), Path.GetFullPath(target), StringComparison.Ordinal) && !TranslationMemoryFactory.IsPostgres(source))
            {
                throw new WorkbenchInputException($"{source}: --from and --to name the same database");
            }

            using var reader = TranslationMemoryFactory.OpenExisting(source, context.User);
            using var writer = TranslationMemoryFactory.Open(target, context.User);
            var (documents, links, history) = (0, 0, 0);
            var glossary = reader.GetGlossary();
            ((ITranslationMemoryArchive)writer).WriteArchive(
                ((ITranslationMemoryArchive)reader).ReadArchive().Select(document =>
                {
                    documents++;
                    links += document.Document.Links.Count;
                    history += document.History.Count;
                    return document;
                }),
                glossary);
            context.Out.WriteLine(
                $"copied {documents} documents ({links} links, {history} history entries) and {glossary.Count} glossary entries " +
                $"from {TranslationMemoryFactory.Describe(source)} to {TranslationMemoryFactory.Describe(target)}");
            return 0;
        });
        return command;
    }
}
