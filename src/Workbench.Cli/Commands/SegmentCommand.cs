using System.CommandLine;
using Workbench.Core.Documents;
using Workbench.Core.Segmentation;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench segment --lang en|ja FILE [--srx RULES] [--whole-page] [--keep-captions]</c>: prints one sentence per line.</summary>
internal static class SegmentCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var language = new Option<string>("--lang") { Description = "Language of the file: en or ja", Required = true };
        language.AcceptOnlyFromAmong("en", "ja");
        var srx = new Option<string?>("--srx") { Description = "SRX 2.0 segmentation rules to use instead of the built-in ones" };
        var file = new Argument<string>("FILE") { Description = "A .txt, .md or .html file (from a web page, the article is extracted)" };
        var command = new Command("segment", "Split a file into sentences, one per line") { language, srx, file };
        var sources = new SourceReading();
        sources.AddTo(command);
        contexts.SetAction(command, (parsed, context) =>
        {
            LanguageCodes.TryParse(parsed.GetValue(language), out var lang);
            var segmenter = sources.Segmenter(parsed, parsed.GetValue(srx) is { } rules ? DocumentSegmenter.FromSrxFile(rules) : null);
            var lines = new ChunkedOutput(context.Out);
            foreach (var segment in segmenter.SegmentFile(parsed.GetValue(file)!, lang))
            {
                lines.WriteLine(segment.Text);
            }

            lines.Flush();

            return 0;
        });
        return command;
    }
}
