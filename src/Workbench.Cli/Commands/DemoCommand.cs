using System.CommandLine;
using Workbench.Core.Documents;
using Workbench.Core.Import;
using Workbench.Core.Review;
using Workbench.Core.Segmentation;
using Workbench.Core.Terminology;
using Workbench.Storage;
using Workbench.Tui;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench demo</c>: imports the bundled sample (<c>tm/sample/</c>) and the project glossary (<c>glossary/</c>)
/// into a fresh <c>tm/demo.db</c>, prints a summary with the terminology findings and, in a terminal, opens the
/// review UI.
/// </summary>
internal static class DemoCommand
{
    public const string DocumentName = "sample";

    private const int FindingsShown = 5;

    public static Command Create(CommandContextFactory contexts)
    {
        var noReview = new Option<bool>("--no-review") { Description = "Only print the summary, even in a terminal" };
        var command = new Command("demo", "Import the bundled sample and glossary into a fresh tm/demo.db, summarise, and open the review UI")
        {
            noReview,
        };
        contexts.SetAction(command, (parsed, context) =>
        {
            var sample = BundledSample.Locate();
            var databasePath = Path.Combine(sample.RootFolder, "tm", "demo.db");
            var glossary = GlossaryLoader.Load(sample.GlossaryFolder);
            var aligner = AlignerFactory.Create(lexiconPath: null, glossary);
            var document = new DocumentImporter(DocumentSegmenter.Default, aligner, TimeProvider.System)
                .Prepare(new ImportRequest(DocumentName, sample.EnglishPath, sample.JapanesePath));
            Interruption.MayHaveWritten();
            DeleteDatabase(databasePath);
            using var memory = SqliteTranslationMemory.Open(databasePath);
            memory.ImportDocument(document, replace: false);
            memory.ReplaceGlossary(glossary);
            var summary = memory.FindDocument(DocumentName)!;
            var checker = new TranslationChecker(glossary, CheckOptions.Default);
            var findings = checker.Check(memory.StreamPairs(PairQuery.All), _ => sample.JapanesePath, _ => sample.EnglishPath).ToList();

            var output = context.Out;
            output.WriteLine($"Workbench demo: the bundled sample and {glossary.Count} glossary entries are in {databasePath}");
            output.WriteLine($"  English:   {summary.EnglishSegments} sentences from {sample.EnglishPath}");
            output.WriteLine($"  Japanese:  {summary.JapaneseSegments} sentences from {sample.JapanesePath}");
            output.WriteLine($"  Alignment: {summary.Links} links, {summary.LowConfidenceLinks} below confidence {ReviewPolicy.Default.LowConfidenceThreshold:0.##} to review first");
            output.WriteLine($"  Terminology: {findings.Count(f => f.Severity == CheckSeverity.Error)} errors, {findings.Count(f => f.Severity == CheckSeverity.Warning)} warnings");
            foreach (var finding in findings.OrderByDescending(f => f.Severity).Take(FindingsShown))
            {
                output.WriteLine($"    {finding.Severity.ToString().ToLowerInvariant()} {finding.Rule.Id}: {finding.Message}");
            }

            if (parsed.GetValue(noReview) || Console.IsInputRedirected || Console.IsOutputRedirected)
            {
                output.WriteLine($"Next: workbench review --db {databasePath} --doc {DocumentName}");
                output.WriteLine($"      workbench check --db {databasePath}");
                return 0;
            }

            ReviewApp.Run(memory, aligner, summary, new GlossaryTermIssues(checker), new MemoryTermClusters(memory), ReviewOptions.Default);
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
