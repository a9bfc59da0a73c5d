using System.CommandLine;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Import;
using Workbench.Core.Segmentation;
using Workbench.Storage;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench demo</c>: imports the bundled sample (<c>tm/sample/en.txt</c>, <c>tm/sample/ja.txt</c>) into a fresh
/// <c>tm/demo.db</c> and prints a summary.
/// </summary>
internal static class DemoCommand
{
    public const string DocumentName = "sample";

    public static Command Create(CommandContextFactory contexts)
    {
        var command = new Command("demo", "Import the bundled English/Japanese sample into a fresh tm/demo.db and summarise it");
        contexts.SetAction(command, (_, context) =>
        {
            var sample = BundledSample.Locate();
            var databasePath = Path.Combine(sample.RootFolder, "tm", "demo.db");
            DeleteDatabase(databasePath);
            var document = new DocumentImporter(DocumentSegmenter.Default, new SentenceAligner(), TimeProvider.System)
                .Prepare(new ImportRequest(DocumentName, sample.EnglishPath, sample.JapanesePath));
            using var memory = SqliteTranslationMemory.Open(databasePath);
            memory.ImportDocument(document, replace: false);
            var summary = memory.FindDocument(DocumentName)!;
            context.Out.WriteLine($"Workbench demo: imported the bundled sample into {databasePath}");
            context.Out.WriteLine($"  English: {summary.EnglishSegments} sentences from {sample.EnglishPath}");
            context.Out.WriteLine($"  Japanese: {summary.JapaneseSegments} sentences from {sample.JapanesePath}");
            context.Out.WriteLine($"  Alignment: {summary.Links} links, {summary.LowConfidenceLinks} below confidence {ReviewPolicy.Default.LowConfidenceThreshold:0.##} to review first");
            context.Out.WriteLine($"Next: workbench show --db {databasePath} --doc {DocumentName}");
            return 0;
        });
        return command;
    }

    private static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
