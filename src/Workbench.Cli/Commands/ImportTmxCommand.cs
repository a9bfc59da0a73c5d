using System.CommandLine;
using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Core.Formats.Tmx;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench import-tmx FILE [--name NAME] [--keep-tags] [--replace]</c>: stores a TMX memory (1.1 to 1.4b) as a
/// document of confirmed links. Each unit with English and Japanese becomes a 1-1 link; a unit with only one of them
/// keeps its text as a null bead (never exported); a unit with neither is skipped. A file in which no unit pairs
/// English with Japanese is refused, and nothing is written.
/// </summary>
internal static class ImportTmxCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var file = new Argument<string>("FILE") { Description = "A TMX file" };
        var name = new Option<string?>("--name") { Description = "Document name (default: the file name without extension)" };
        var keepTags = new Option<bool>("--keep-tags") { Description = "Keep inline codes as placeholders (<g1>, </g1>, <x1/>) instead of dropping them" };
        var replace = new Option<bool>("--replace") { Description = "Overwrite a document of the same name" };
        var command = new Command("import-tmx", "Import a TMX memory as a document of confirmed pairs") { file, name, keepTags, replace };
        contexts.SetAction(command, (parsed, context) =>
        {
            var path = parsed.GetValue(file)!;
            var markup = parsed.GetValue(keepTags) ? TmxInlineMarkup.Placeholders : TmxInlineMarkup.Flatten;
            var tmx = new TmxReader(markup).ReadFile(path);
            var documentName = parsed.GetValue(name) ?? Path.GetFileNameWithoutExtension(path);
            var plan = TmxDocumentMapper.ToNewDocument(tmx, documentName, path, DateTimeOffset.UtcNow);
            if (plan.Pairs == 0)
            {
                var languages = tmx.Units.SelectMany(u => u.Variants).Select(v => v.Language).Distinct(StringComparer.OrdinalIgnoreCase);
                throw new WorkbenchInputException(
                    $"{path}: no unit pairs English with Japanese (languages found: {string.Join(", ", languages.DefaultIfEmpty("none"))})");
            }

            using var memory = context.OpenMemory();
            memory.ImportDocument(plan.Document, parsed.GetValue(replace));
            context.Out.WriteLine(
                $"imported '{documentName}': {plan.Pairs} pairs as confirmed links; {plan.EnglishOnly} English-only and " +
                $"{plan.JapaneseOnly} Japanese-only units kept as null beads; {plan.Skipped} units without English or Japanese skipped; into {context.DatabasePath}");
            return 0;
        });
        return command;
    }
}
