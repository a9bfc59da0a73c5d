using System.CommandLine;
using Workbench.Core;
using Workbench.Cli.Batch;
using Workbench.Core.Import;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench import --en FILE --ja FILE [--name NAME] [--replace]</c>: segment, align and store; or
/// <c>import --batch DIR [--jobs N] [--replace] [--queue]</c> for a folder of documents (<see cref="BatchFolder"/>).
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var english = new Option<string?>("--en") { Description = "The English original (.txt, .md, .html)" };
        var japanese = new Option<string?>("--ja") { Description = "The Japanese translation (.txt, .md, .html)" };
        var name = new Option<string?>("--name") { Description = "Document name (default: from the page title, else the file or folder name)" };
        var replace = new Option<bool>("--replace") { Description = "Overwrite a document of the same name" };
        var lexicon = new Option<string?>("--lexicon") { Description = AlignerFactory.LexiconOptionDescription };
        var batch = new Option<string?>("--batch") { Description = "Import every document in this folder (ja.* with en.* per subfolder, or NAME.ja.* with NAME.en.*)" };
        var jobs = WholeNumberOption.Create("--jobs", "Documents aligned at once with --batch (default: all cores)", 1, 1_024, () => Environment.ProcessorCount, "-j");
        var queue = new Option<bool>("--queue") { Description = "With --batch on PostgreSQL: only enqueue the documents for `workbench worker`" };
        var command = new Command("import", "Segment and align an English original and its Japanese translation, and store them")
        {
            english, japanese, name, replace, lexicon, batch, jobs, queue,
        };
        var sources = new SourceReading();
        sources.AddTo(command);
        contexts.SetAction(command, (parsed, context) =>
        {
            if (parsed.GetValue(batch) is { } folder)
            {
                if (parsed.GetValue(english) is not null || parsed.GetValue(japanese) is not null || parsed.GetValue(name) is not null)
                {
                    throw new WorkbenchInputException("--batch imports a folder; leave out --en, --ja and --name");
                }

                return parsed.GetValue(queue)
                    ? BatchQueueCommands.Enqueue(context, folder, parsed.GetValue(replace))
                    : BatchImportRunner.Run(context, folder, parsed.GetValue(jobs), parsed.GetValue(replace), parsed.GetValue(lexicon), sources.Segmenter(parsed));
            }

            if (parsed.GetValue(queue))
            {
                throw new WorkbenchInputException("--queue goes with --batch DIR");
            }

            var englishPath = parsed.GetValue(english);
            var japanesePath = parsed.GetValue(japanese);
            var segmenter = sources.Segmenter(parsed);
            var read = DocumentImporter.Read(segmenter, new ImportRequest(parsed.GetValue(name), englishPath, japanesePath));
            using var memory = context.OpenMemory();
            var aligner = AlignerFactory.Create(parsed.GetValue(lexicon), memory.GetGlossary());
            new DocumentImporter(segmenter, aligner, TimeProvider.System).Import(read, memory, parsed.GetValue(replace));
            var summary = memory.FindDocument(read.Name)!;
            context.Out.WriteLine(
                $"imported '{summary.Name}': {summary.EnglishSegments} English and {summary.JapaneseSegments} Japanese sentences, " +
                $"{summary.Links} links ({summary.LowConfidenceLinks} low confidence) into {context.DatabasePath}");
            return 0;
        });
        return command;
    }
}
