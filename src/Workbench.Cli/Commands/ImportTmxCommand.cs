using System.CommandLine;
using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Core.Formats.Tmx;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench import-tmx FILE [--name NAME] [--keep-tags] [--replace]</c>: stores a TMX memory (1.1 to 1.4b). Each
/// unit with English and Japanese becomes a 1-1 link; a unit with only one of them keeps its text as a null bead
/// (never exported); a unit with neither is skipped. Workbench's own exports come back as they were: one document per
/// <c>x-document</c>, each link with its <c>x-status</c> and <c>x-confidence</c>; <c>--name</c> keeps every unit in
/// one document instead. Other tools' units are confirmed. All documents are written in one transaction, and a file
/// in which no unit pairs English with Japanese is refused with nothing written.
/// </summary>
internal static class ImportTmxCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var file = new Argument<string>("FILE") { Description = "A TMX file" };
        var name = new Option<string?>("--name") { Description = "Store every unit in this one document (default: one document per x-document prop, else the file name)" };
        var keepTags = new Option<bool>("--keep-tags") { Description = "Keep inline codes as placeholders (<g1>, </g1>, <x1/>) instead of dropping them" };
        var replace = new Option<bool>("--replace") { Description = "Overwrite documents of the same names" };
        var command = new Command("import-tmx", "Import a TMX memory; Workbench exports keep their documents, statuses and confidences") { file, name, keepTags, replace };
        contexts.SetAction(command, (parsed, context) =>
        {
            var path = parsed.GetValue(file)!;
            var markup = parsed.GetValue(keepTags) ? TmxInlineMarkup.Placeholders : TmxInlineMarkup.Flatten;
            var tmx = new TmxReader(markup).ReadFile(path);
            var now = DateTimeOffset.UtcNow;
            var plans = parsed.GetValue(name) is { } oneDocument
                ? [TmxDocumentMapper.ToNewDocument(tmx, oneDocument, path, now)]
                : TmxDocumentMapper.ToNewDocuments(tmx, Path.GetFileNameWithoutExtension(path), path, now)
                    .Where(plan => plan.Document.Links.Count > 0)
                    .ToList();
            if (plans.Sum(plan => plan.Pairs) == 0)
            {
                var languages = tmx.Units.SelectMany(u => u.Variants).Select(v => v.Language).Distinct(StringComparer.OrdinalIgnoreCase);
                throw new WorkbenchInputException(
                    $"{path}: no unit pairs English with Japanese (languages found: {string.Join(", ", languages.DefaultIfEmpty("none"))})");
            }

            using var memory = context.OpenMemory();
            memory.ImportDocuments(plans.Select(plan => plan.Document).ToList(), parsed.GetValue(replace));
            var skipped = tmx.Units.Count - plans.Sum(plan => plan.Document.Links.Count);
            foreach (var plan in plans)
            {
                var unconfirmed = plan.Unconfirmed == 0 ? "confirmed links" : $"links, {plan.Unconfirmed} of them not confirmed";
                context.Out.WriteLine(
                    $"imported '{plan.Document.Name}': {plan.Pairs} pairs as {unconfirmed}; {plan.EnglishOnly} English-only and " +
                    $"{plan.JapaneseOnly} Japanese-only units kept as null beads");
            }

            context.Out.WriteLine($"{skipped} units without English or Japanese skipped; into {context.DatabasePath}");
            return 0;
        });
        return command;
    }
}
