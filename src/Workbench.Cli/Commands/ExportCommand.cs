using System.CommandLine;
using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Core.Formats;
using Workbench.Core.Formats.Glossaries;
using Workbench.Core.Formats.Omegat;
using Workbench.Core.Formats.Tmx;
using Workbench.Core.Formats.Tsv;
using Workbench.Core.Storage;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench export --format tmx|tsv [-o FILE|FOLDER] [--doc NAME ...] [--status confirmed|auto|all]
/// [--en-code CODE] [--ja-code CODE]</c>: writes the aligned pairs as TMX 1.4b or two-column TSV. Null beads are left
/// out, and so are rejected links whatever <c>--status</c> says. Without <c>-o</c> the memory goes to standard
/// output; when <c>-o</c> names a folder the file inside it is <c>&lt;doc&gt;.tmx</c> for one <c>--doc</c> and
/// <c>workbench.tmx</c> otherwise.
/// <c>workbench export --omegat PROJECT_DIR [--paragraphs] [--glossary PATH]</c> fills an OmegaT project: confirmed
/// links into <c>tm/auto/</c> (OmegaT inserts their exact matches), auto links into <c>tm/</c> (fuzzy matches only),
/// the glossary as OmegaT's tab-separated <c>glossary/workbench.txt</c>, and says what it wrote. Files are written
/// to a temporary name and moved into place, so a failed export leaves no half-written file.
/// </summary>
internal static class ExportCommand
{
    private const string AllMemoriesFileName = "workbench";

    private static readonly string ToolVersion =
        typeof(ExportCommand).Assembly.GetName().Version?.ToString(3) ?? TmxExportOptions.DefaultToolVersion;

    public static Command Create(CommandContextFactory contexts)
    {
        var format = new Option<string>("--format") { Description = "tmx (TMX 1.4b) or tsv (two columns)", DefaultValueFactory = _ => "tmx" };
        format.AcceptOnlyFromAmong("tmx", "tsv");
        var output = new Option<string?>("--output", "-o") { Description = "File, or folder to write <doc>.tmx into (default: standard output)" };
        var documents = new Option<string[]>("--doc") { Description = "Document to export (repeatable; default: all)", Arity = ArgumentArity.ZeroOrMore };
        var status = new Option<string>("--status") { Description = "Links to export: confirmed, auto or all (never rejected ones)", DefaultValueFactory = _ => "all" };
        status.AcceptOnlyFromAmong("confirmed", "auto", "all");
        var englishCode = new Option<string>("--en-code") { Description = "BCP 47 code of the English variants (default en-US, or the OmegaT project's)", DefaultValueFactory = _ => TmxExportOptions.DefaultEnglishCode };
        var japaneseCode = new Option<string>("--ja-code") { Description = "BCP 47 code of the Japanese variants (default ja-JP, or the OmegaT project's)", DefaultValueFactory = _ => TmxExportOptions.DefaultJapaneseCode };
        var omegat = new Option<string?>("--omegat") { Description = "OmegaT project folder: confirmed pairs to tm/auto/, the rest to tm/, the glossary to glossary/" };
        var paragraphs = new Option<bool>("--paragraphs") { Description = "With --omegat: also one unit per fully confirmed paragraph (segtype=paragraph)" };
        var glossary = new Option<string?>("--glossary") { Description = "With --omegat: glossary file or folder to write (default: the stored glossary)" };
        var command = new Command("export", "Export aligned pairs as TMX 1.4b or TSV for CAT tools, or into an OmegaT project")
        {
            format, output, documents, status, englishCode, japaneseCode, omegat, paragraphs, glossary,
        };
        contexts.SetAction(command, (parsed, context) =>
        {
            var names = parsed.GetValue(documents) ?? [];
            if (parsed.GetValue(omegat) is { } projectFolder)
            {
                foreach (var clash in new Option[] { format, output, status }.Where(o => parsed.GetResult(o) is { Implicit: false }))
                {
                    throw new WorkbenchInputException($"--omegat chooses the files and statuses itself; leave out {clash.Name}");
                }

                var project = OmegatProject.Load(projectFolder);
                var en = parsed.GetResult(englishCode) is { Implicit: false } ? parsed.GetValue(englishCode)! : project.SourceLanguage;
                var ja = parsed.GetResult(japaneseCode) is { Implicit: false } ? parsed.GetValue(japaneseCode)! : project.TargetLanguage;
                return ExportToOmegat(context, project, names, en, ja, parsed.GetValue(paragraphs), parsed.GetValue(glossary));
            }

            if (parsed.GetResult(paragraphs) is { Implicit: false } || parsed.GetValue(glossary) is not null)
            {
                throw new WorkbenchInputException("--paragraphs and --glossary go with --omegat PROJECT_DIR");
            }

            var isTmx = parsed.GetValue(format) == "tmx";
            Func<IEnumerable<AlignedPair>, Stream, ExportResult> toStream;
            Func<IEnumerable<AlignedPair>, TextWriter, ExportResult> toWriter;
            if (isTmx)
            {
                var writer = new TmxWriter(new TmxExportOptions(parsed.GetValue(englishCode)!, parsed.GetValue(japaneseCode)!, ToolVersion));
                (toStream, toWriter) = (writer.Write, writer.Write);
            }
            else
            {
                var writer = new TsvWriter(parsed.GetValue(englishCode)!, parsed.GetValue(japaneseCode)!);
                (toStream, toWriter) = (writer.Write, writer.Write);
            }

            using var memory = context.OpenMemoryReadOnly();
            EnsureDocumentsExist(memory, names, context);
            var pairs = memory.StreamPairs(new PairQuery(names, Statuses(parsed.GetValue(status)!), IncludeNullBeads: false));
            var target = parsed.GetValue(output);
            if (target is null)
            {
                toWriter(pairs, context.Out);
                return 0;
            }

            var path = AtomicFile.Resolve(target, MemoryStem(names) + (isTmx ? ".tmx" : ".tsv"));
            var result = AtomicFile.Write(path, stream => toStream(pairs, stream));
            AtomicFile.SummaryWriter(context, path).WriteLine($"exported {result.UnitsWritten} units to {path}");
            return 0;
        });
        return command;
    }

    private static int ExportToOmegat(
        CommandContext context, OmegatProject project, IReadOnlyList<string> names, string en, string ja, bool paragraphs, string? glossaryPath)
    {
        var sentences = new TmxWriter(new TmxExportOptions(en, ja, ToolVersion));
        var stem = MemoryStem(names);
        var confirmedPath = Path.Combine(project.AutoMemoryFolder, stem + ".tmx");
        var autoPath = Path.Combine(project.MemoryFolder, stem + ".tmx");
        var glossaryFile = Path.Combine(project.GlossaryFolder, AllMemoriesFileName + GlossaryWriter.Extension(GlossaryFormat.Omegat));
        var glossary = glossaryPath is not null ? Core.Terminology.GlossaryLoader.Load(glossaryPath) : null;

        using var memory = context.OpenMemoryReadOnly();
        EnsureDocumentsExist(memory, names, context);
        glossary ??= memory.GetGlossary();
        var confirmed = AtomicFile.Write(confirmedPath, stream =>
            sentences.Write(memory.StreamPairs(new PairQuery(names, [LinkStatus.Confirmed], IncludeNullBeads: false)), stream));
        context.Out.WriteLine($"wrote {confirmed.UnitsWritten} confirmed units to {confirmedPath} (OmegaT inserts their exact matches)");
        var auto = AtomicFile.Write(autoPath, stream =>
            sentences.Write(memory.StreamPairs(new PairQuery(names, [LinkStatus.Auto], IncludeNullBeads: false)), stream));
        context.Out.WriteLine($"wrote {auto.UnitsWritten} unreviewed units to {autoPath} (offered as fuzzy matches only)");
        if (paragraphs)
        {
            var paragraphPath = Path.Combine(project.AutoMemoryFolder, stem + "-paragraphs.tmx");
            var writer = new TmxWriter(new TmxExportOptions(en, ja, ToolVersion, SegmentType: TmxExportOptions.ParagraphSegments));
            var units = AtomicFile.Write(paragraphPath, stream =>
                writer.Write(ParagraphUnits.From(memory.StreamPairs(new PairQuery(names, [], IncludeNullBeads: true))), stream));
            context.Out.WriteLine($"wrote {units.UnitsWritten} paragraph units (fully confirmed paragraphs of two or more sentences) to {paragraphPath}");
        }

        if (glossary.Count == 0)
        {
            context.Out.WriteLine($"no glossary written: none stored in {context.DatabasePath} and no --glossary given");
            return 0;
        }

        AtomicFile.Write(glossaryFile, stream =>
        {
            GlossaryWriter.Write(glossary, GlossaryFormat.Omegat, stream);
            return 0;
        });
        context.Out.WriteLine($"wrote {glossary.Count} glossary entries to {glossaryFile} ({GlossaryCommand.OmegatNote(glossary)})");
        return 0;
    }

    private static void EnsureDocumentsExist(ITranslationMemory memory, IReadOnlyList<string> names, CommandContext context)
    {
        if (names.FirstOrDefault(name => memory.FindDocument(name) is null) is { } missing)
        {
            throw new WorkbenchInputException($"no document named '{missing}' in {context.DatabasePath}");
        }
    }

    private static string MemoryStem(IReadOnlyList<string> documents) =>
        AtomicFile.SafeStem(documents.Count == 1 ? documents[0] : AllMemoriesFileName);

    private static IReadOnlyList<LinkStatus> Statuses(string status) => status switch
    {
        "confirmed" => [LinkStatus.Confirmed],
        "auto" => [LinkStatus.Auto],
        _ => [LinkStatus.Auto, LinkStatus.Confirmed],
    };
}
