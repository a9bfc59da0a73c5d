using System.CommandLine;
using System.Text;
using Workbench.Cli.Reports;
using Workbench.Core;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Import;
using Workbench.Core.Lexicon;
using Workbench.Core.Segmentation;
using Workbench.Core.Terminology;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench check [--glossary PATH] [--format text|json|sarif|junit|github] [--fail-on error|warning] [-o FILE]
/// [--en FILE --ja FILE | --doc NAME…]</c>: terminology and QA checks; exit 1 when a finding reaches --fail-on.
/// </summary>
internal static class CheckCommand
{
    public const int FindingsExitCode = 1;

    public static Command Create(CommandContextFactory contexts)
    {
        var glossary = new Option<string?>("--glossary") { Description = "Glossary file or folder (default: the glossary stored in the database)" };
        var format = new Option<string>("--format") { Description = "text, json, sarif, junit or github", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "junit", "github");
        var failOn = new Option<string>("--fail-on") { Description = "Lowest severity that fails the check: error or warning", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to FILE instead of standard output" };
        var english = new Option<string?>("--en") { Description = "Check this English file against --ja directly, without a database" };
        var japanese = new Option<string?>("--ja") { Description = "Japanese file to check (alone: forbidden variants only)" };
        var documents = new Option<string[]>("--doc") { Description = "Only these stored documents", AllowMultipleArgumentsPerToken = true };
        var command = new Command("check", "Check translations against the glossary and for numbers, Latin tokens, untranslated and inconsistent segments")
        {
            glossary, format, failOn, output, english, japanese, documents,
        };
        contexts.SetAction(command, (parsed, context) =>
        {
            var englishPath = parsed.GetValue(english);
            var japanesePath = parsed.GetValue(japanese);
            var glossaryPath = parsed.GetValue(glossary);
            var fileMode = englishPath is not null || japanesePath is not null;
            if (fileMode && japanesePath is null)
            {
                throw new WorkbenchInputException("--en needs --ja: give the Japanese translation to check");
            }

            var entries = glossaryPath is not null ? GlossaryLoader.Load(glossaryPath) : StoredGlossary(context, fileMode);
            var threshold = parsed.GetValue(failOn) == "warning" ? CheckSeverity.Warning : CheckSeverity.Error;
            var report = fileMode
                ? CheckFiles(entries, AlignerFactory.Create(lexiconPath: null, entries), englishPath, japanesePath!, threshold)
                : CheckDatabase(entries, context, parsed.GetValue(documents) ?? [], threshold);
            Write(report, parsed.GetValue(format)!, parsed.GetValue(output), context);
            return report.Fails ? FindingsExitCode : 0;
        });
        return command;
    }

    private static IReadOnlyList<GlossaryEntry> StoredGlossary(CommandContext context, bool fileMode)
    {
        // In file mode the database is optional: only read a glossary from one that already exists.
        if (fileMode && !File.Exists(context.DatabasePath))
        {
            return [];
        }

        using var memory = context.OpenMemoryReadOnly();
        return memory.GetGlossary();
    }

    /// <summary>The checker, knowing the katakana words of the pairs it will check and of the bundled dictionary, so a
    /// glossary rendering glued to one of them (キエフベラルーシ) is still found.</summary>
    private static TranslationChecker Checker(IReadOnlyList<GlossaryEntry> entries, IEnumerable<AlignedPair> pairs)
    {
        var known = new KnownKatakanaWords(JmdictLexiconLoader.Bundled).AddFrom(pairs);
        return new TranslationChecker(entries, CheckOptions.Default, known.Contains);
    }

    private static CheckReport CheckFiles(IReadOnlyList<GlossaryEntry> entries, IAligner aligner, string? englishPath, string japanesePath, CheckSeverity threshold)
    {
        var name = DocumentImporter.DefaultName(englishPath, japanesePath);
        var document = new DocumentImporter(SourceReading.DefaultSegmenter, aligner, TimeProvider.System)
            .Prepare(new ImportRequest(name, englishPath, japanesePath));
        var pairs = document.Links.Select(link => new AlignedPair(
            name,
            link,
            [.. document.English.Skip(link.Bead.EnStart).Take(link.Bead.EnCount)],
            [.. document.Japanese.Skip(link.Bead.JaStart).Take(link.Bead.JaCount)])).ToList();
        var findings = Checker(entries, pairs).Check(pairs, _ => japanesePath, _ => englishPath).ToList();
        return new CheckReport(findings, [name], threshold);
    }

    private static CheckReport CheckDatabase(IReadOnlyList<GlossaryEntry> entries, CommandContext context, string[] names, CheckSeverity threshold)
    {
        using var memory = context.OpenMemoryReadOnly();
        var summaries = memory.ListDocuments().ToDictionary(d => d.Name, StringComparer.Ordinal);
        foreach (var name in names.Where(n => !summaries.ContainsKey(n)))
        {
            throw new WorkbenchInputException($"no document named '{name}' in {context.DatabasePath}");
        }

        if (summaries.Count == 0)
        {
            throw new WorkbenchInputException($"no documents in {context.DatabasePath}: import some, or check files with --en/--ja");
        }

        // Rejected links are known misalignments; checking them would only report the aligner's mistakes.
        var query = new PairQuery(names, [LinkStatus.Auto, LinkStatus.Confirmed], IncludeNullBeads: true);
        var checker = Checker(entries, memory.StreamPairs(new PairQuery([], [LinkStatus.Auto, LinkStatus.Confirmed], IncludeNullBeads: true)));
        var findings = checker.Check(
            memory.StreamPairs(query),
            name => summaries[name].JapaneseSource,
            name => summaries[name].EnglishSource).ToList();
        var checkedDocuments = names.Length > 0 ? names : [.. summaries.Keys.Order(StringComparer.Ordinal)];
        return new CheckReport(findings, checkedDocuments, threshold);
    }

    private static void Write(CheckReport report, string format, string? outputPath, CommandContext context)
    {
        if (outputPath is null)
        {
            WriteTo(report, format, context.Out, colour: ReferenceEquals(context.Out, Console.Out) && !Console.IsOutputRedirected);
            return;
        }

        AtomicFile.Write(outputPath, stream =>
        {
            using var file = new StreamWriter(stream, new UTF8Encoding(false));
            WriteTo(report, format, file, colour: false);
            return report.Findings.Count;
        });

        AtomicFile.SummaryWriter(context, outputPath).WriteLine(
            $"{report.Findings.Count} findings ({report.Count(CheckSeverity.Error)} errors, {report.Count(CheckSeverity.Warning)} warnings) written to {outputPath}");
    }

    private static void WriteTo(CheckReport report, string format, TextWriter writer, bool colour)
    {
        switch (format)
        {
            case "text":
                TextCheckWriter.Write(report, writer, colour);
                return;
            case "github":
                GithubCheckWriter.Write(report, writer);
                return;
        }

        using var buffer = new MemoryStream();
        switch (format)
        {
            case "json":
                JsonCheckWriter.Write(report, buffer);
                break;
            case "sarif":
                SarifCheckWriter.Write(report, buffer);
                break;
            default:
                JunitCheckWriter.Write(report, buffer);
                break;
        }

        writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
