using Workbench.Core;
using Workbench.Core.Import;
using Workbench.Storage;
using Workbench.Storage.Postgres;

namespace Workbench.Cli.Batch;

/// <summary><c>import --batch DIR --queue</c>: puts a folder's documents in the PostgreSQL queue for <c>workbench worker</c>.</summary>
internal static class BatchQueueCommands
{
    public static int Enqueue(CommandContext context, string folder, bool replace)
    {
        if (!TranslationMemoryFactory.IsPostgres(context.DatabasePath))
        {
            throw new WorkbenchInputException("--queue needs a PostgreSQL --db (postgresql://…): workers on other machines share the queue there");
        }

        var discovery = BatchFolder.Discover(folder);
        foreach (var problem in discovery.Problems)
        {
            context.Error.WriteLine($"workbench: {problem}");
        }

        using var memory = (PostgresTranslationMemory)context.OpenMemory();
        var (queued, skipped) = PostgresImportQueue.Enqueue(memory, discovery.Documents.Select(document =>
        {
            var english = document.EnglishPath is null ? null : File.ReadAllBytes(document.EnglishPath);
            var japanese = File.ReadAllBytes(document.JapanesePath);
            return new QueuedDocument(
                document.Name,
                document.EnglishPath is null ? null : Path.GetFullPath(document.EnglishPath),
                Path.GetFullPath(document.JapanesePath),
                english,
                japanese,
                BatchDocument.ContentHash(english, japanese),
                replace);
        }));
        context.Out.WriteLine(
            $"queued {queued} documents ({skipped} already stored or queued unchanged, {discovery.Problems.Count} not paired) in {context.DatabaseName}; " +
            $"process them with: workbench worker --db {ShellWords.Quote(context.DatabasePath)}");
        return discovery.Problems.Count == 0 ? 0 : WorkbenchCli.InputErrorExitCode;
    }
}
