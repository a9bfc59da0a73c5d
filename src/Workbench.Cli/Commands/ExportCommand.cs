using System.CommandLine;
using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Core.Formats;
using Workbench.Core.Formats.Tmx;
using Workbench.Core.Formats.Tsv;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench export --format tmx|tsv [-o FILE|FOLDER] [--doc NAME ...] [--status confirmed|auto|all]
/// [--en-code CODE] [--ja-code CODE]</c>: writes the aligned pairs as TMX 1.4b or two-column TSV. Null beads are left
/// out, and so are rejected links whatever <c>--status</c> says. Without <c>-o</c> the memory goes to standard
/// output; when <c>-o</c> names a folder (an OmegaT project's <c>tm/</c>, say) the file inside it is
/// <c>&lt;doc&gt;.tmx</c> for one <c>--doc</c> and <c>workbench.tmx</c> otherwise, which OmegaT picks up as a
/// reference memory. Files are written to a temporary name and moved into place, so a failed export leaves no
/// half-written file.
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
        var englishCode = new Option<string>("--en-code") { Description = "BCP 47 code of the English variants", DefaultValueFactory = _ => TmxExportOptions.DefaultEnglishCode };
        var japaneseCode = new Option<string>("--ja-code") { Description = "BCP 47 code of the Japanese variants", DefaultValueFactory = _ => TmxExportOptions.DefaultJapaneseCode };
        var command = new Command("export", "Export aligned pairs as TMX 1.4b or TSV for CAT tools")
        {
            format, output, documents, status, englishCode, japaneseCode,
        };
        contexts.SetAction(command, (parsed, context) =>
        {
            var names = parsed.GetValue(documents) ?? [];
            var isTmx = parsed.GetValue(format) == "tmx";
            var en = parsed.GetValue(englishCode)!;
            var ja = parsed.GetValue(japaneseCode)!;
            Func<IEnumerable<AlignedPair>, Stream, ExportResult> toStream;
            Func<IEnumerable<AlignedPair>, TextWriter, ExportResult> toWriter;
            if (isTmx)
            {
                var writer = new TmxWriter(new TmxExportOptions(en, ja, ToolVersion));
                (toStream, toWriter) = (writer.Write, writer.Write);
            }
            else
            {
                var writer = new TsvWriter(en, ja);
                (toStream, toWriter) = (writer.Write, writer.Write);
            }

            using var memory = context.OpenMemory();
            if (names.FirstOrDefault(name => memory.FindDocument(name) is null) is { } missing)
            {
                throw new WorkbenchInputException($"no document named '{missing}' in {context.DatabasePath}");
            }

            var pairs = memory.StreamPairs(new PairQuery(names, Statuses(parsed.GetValue(status)!), IncludeNullBeads: false));
            var target = parsed.GetValue(output);
            if (target is null)
            {
                toWriter(pairs, context.Out);
                return 0;
            }

            var path = ResolveOutputPath(target, names, isTmx ? ".tmx" : ".tsv");
            var result = WriteAtomically(path, stream => toStream(pairs, stream));
            context.Out.WriteLine($"exported {result.UnitsWritten} units to {path}");
            return 0;
        });
        return command;
    }

    private static IReadOnlyList<LinkStatus> Statuses(string status) => status switch
    {
        "confirmed" => [LinkStatus.Confirmed],
        "auto" => [LinkStatus.Auto],
        _ => [LinkStatus.Auto, LinkStatus.Confirmed],
    };

    /// <summary>A folder (existing, or written with a trailing separator) gets a file named after the document.</summary>
    private static string ResolveOutputPath(string target, IReadOnlyList<string> documents, string extension)
    {
        var isFolder = Directory.Exists(target)
            || target.EndsWith(Path.DirectorySeparatorChar)
            || target.EndsWith(Path.AltDirectorySeparatorChar);
        if (!isFolder)
        {
            return target;
        }

        Directory.CreateDirectory(target);
        var stem = documents.Count == 1 ? documents[0] : AllMemoriesFileName;
        var invalid = Path.GetInvalidFileNameChars();
        var safeStem = string.Concat(stem.Select(c => invalid.Contains(c) || c == '\\' ? '_' : c));
        return Path.Combine(target, safeStem + extension);
    }

    private static ExportResult WriteAtomically(string path, Func<Stream, ExportResult> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            ExportResult result;
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                result = write(stream);
            }

            File.Move(temporary, path, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
