using System.CommandLine;
using Workbench.Core.Import;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench import --en FILE --ja FILE [--name NAME] [--replace]</c>: segment, align and store.</summary>
internal static class ImportCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var english = new Option<string?>("--en") { Description = "The English original (.txt, .md, .html)" };
        var japanese = new Option<string?>("--ja") { Description = "The Japanese translation (.txt, .md, .html)" };
        var name = new Option<string?>("--name") { Description = "Document name (default: from the page title, else the file or folder name)" };
        var replace = new Option<bool>("--replace") { Description = "Overwrite a document of the same name" };
        var lexicon = new Option<string?>("--lexicon") { Description = AlignerFactory.LexiconOptionDescription };
        var command = new Command("import", "Segment and align an English original and its Japanese translation, and store them")
        {
            english, japanese, name, replace, lexicon,
        };
        var sources = new SourceReading();
        sources.AddTo(command);
        contexts.SetAction(command, (parsed, context) =>
        {
            var englishPath = parsed.GetValue(english);
            var japanesePath = parsed.GetValue(japanese);
            var request = new ImportRequest(parsed.GetValue(name), englishPath, japanesePath);
            using var memory = context.OpenMemory();
            var aligner = AlignerFactory.Create(parsed.GetValue(lexicon), memory.GetGlossary());
            var document = new DocumentImporter(sources.Segmenter(parsed), aligner, TimeProvider.System).Prepare(request);
            memory.ImportDocument(document, parsed.GetValue(replace));
            var summary = memory.FindDocument(document.Name)!;
            context.Out.WriteLine(
                $"imported '{summary.Name}': {summary.EnglishSegments} English and {summary.JapaneseSegments} Japanese sentences, " +
                $"{summary.Links} links ({summary.LowConfidenceLinks} low confidence) into {context.DatabasePath}");
            return 0;
        });
        return command;
    }
}
