using System.CommandLine;
using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Core.Formats.Glossaries;
using Workbench.Core.Terminology;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench glossary import FILE|FOLDER</c>: replaces the stored glossary (used by check without --glossary).
/// <c>workbench glossary clear</c>: removes it (an empty glossary file is refused by import, so this is the way).
/// <c>workbench glossary export [--format omegat|tbx|tbx2|csv] [--glossary FILE|FOLDER] [-o FILE|FOLDER]</c>: writes
/// the stored glossary (or the one given) in a form other tools read: OmegaT's tab-separated <c>.txt</c>, TBX v3,
/// TBX 2 (<c>martif</c>, what OmegaT 3.6 reads) or CSV.
/// </summary>
internal static class GlossaryCommand
{
    private const string FileStem = "workbench";

    public static Command Create(CommandContextFactory contexts)
    {
        var path = new Argument<string>("FILE") { Description = "A TSV (.txt/.tsv/.utf8), TBX or CSV glossary, or a folder of them" };
        var import = new Command("import", "Replace the stored glossary with a glossary file or folder") { path };
        contexts.SetAction(import, (parsed, context) =>
        {
            var entries = GlossaryLoader.Load(parsed.GetValue(path)!);
            using var memory = context.OpenMemory();
            memory.ReplaceGlossary(entries);
            context.Out.WriteLine($"imported {entries.Count} glossary entries into {context.DatabasePath}");
            return 0;
        });
        var clear = new Command("clear", "Remove the stored glossary (check then checks terms only with --glossary)");
        contexts.SetAction(clear, (_, context) =>
        {
            // Read-only first: a database that does not exist is an error, not a new empty one.
            using (var stored = context.OpenMemoryReadOnly())
            {
                if (stored.GetGlossary().Count == 0)
                {
                    context.Out.WriteLine($"no glossary stored in {context.DatabasePath}; nothing to clear");
                    return 0;
                }
            }

            using var memory = context.OpenMemory();
            var count = memory.GetGlossary().Count;
            memory.ReplaceGlossary([]);
            context.Out.WriteLine($"removed {count} glossary entries from {context.DatabasePath}");
            return 0;
        });
        return new Command("glossary", "Manage the stored glossary") { import, clear, CreateExport(contexts) };
    }

    public static GlossaryFormat ParseFormat(string name) => name switch
    {
        "tbx" => GlossaryFormat.Tbx,
        "tbx2" => GlossaryFormat.Tbx2,
        "csv" => GlossaryFormat.Csv,
        _ => GlossaryFormat.Omegat,
    };

    /// <summary>The glossary to export: the files given, else the one stored in the database.</summary>
    public static IReadOnlyList<GlossaryEntry> Source(string? glossaryPath, CommandContext context)
    {
        if (glossaryPath is not null)
        {
            return GlossaryLoader.Load(glossaryPath);
        }

        using var memory = context.OpenMemoryReadOnly();
        var entries = memory.GetGlossary();
        return entries.Count > 0
            ? entries
            : throw new WorkbenchInputException(
                $"no glossary stored in {context.DatabasePath}: give --glossary with a glossary file or folder");
    }

    /// <summary>What the OmegaT form does with the parts OmegaT has no column for, said after every such export.</summary>
    public static string OmegatNote(IReadOnlyList<GlossaryEntry> entries)
    {
        var forbidden = entries.Sum(e => e.Forbidden.Count);
        return forbidden == 0
            ? "one line per approved rendering"
            : $"one line per approved rendering; {forbidden} forbidden variants are not terms there, only listed in the comment column as \"avoid: ...\"";
    }

    private static Command CreateExport(CommandContextFactory contexts)
    {
        var format = new Option<string>("--format")
        {
            Description = "omegat (tab-separated .txt for OmegaT), tbx (TBX v3), tbx2 (TBX 2 martif, for OmegaT 3.6) or csv",
            DefaultValueFactory = _ => "omegat",
        };
        format.AcceptOnlyFromAmong("omegat", "tbx", "tbx2", "csv");
        var glossary = new Option<string?>("--glossary") { Description = "Glossary file or folder to convert (default: the stored glossary)" };
        var output = new Option<string?>("--output", "-o") { Description = "File, or folder to write workbench.<ext> into (default: standard output)" };
        var export = new Command("export", "Write the glossary for OmegaT, TBX tools or spreadsheets") { format, glossary, output };
        contexts.SetAction(export, (parsed, context) =>
        {
            var glossaryFormat = ParseFormat(parsed.GetValue(format)!);
            var entries = Source(parsed.GetValue(glossary), context);
            var target = parsed.GetValue(output);
            if (target is null)
            {
                using var stdout = new MemoryStream();
                GlossaryWriter.Write(entries, glossaryFormat, stdout);
                context.Out.Write(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
                return 0;
            }

            var file = AtomicFile.Resolve(target, FileStem + GlossaryWriter.Extension(glossaryFormat));
            AtomicFile.Write(file, stream =>
            {
                GlossaryWriter.Write(entries, glossaryFormat, stream);
                return 0;
            });
            var detail = glossaryFormat == GlossaryFormat.Omegat ? $" ({OmegatNote(entries)})" : string.Empty;
            AtomicFile.SummaryWriter(context, file).WriteLine($"exported {entries.Count} glossary entries to {file}{detail}");
            return 0;
        });
        return export;
    }
}
