using System.CommandLine;
using System.Globalization;
using Workbench.Cli.Reports;
using Workbench.Core;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Segmentation;
using Workbench.Core.Terminology;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench terms [--doc NAME…] [--min-score X | --all] [--format text|json] [--ja FILE…]</c>: terms written or
/// translated inconsistently across the stored documents (or the given Japanese files), without a glossary, ranked
/// by how likely each cluster is a slip; clusters below the threshold are left out unless <c>--all</c>.
/// </summary>
internal static class TermsCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var documents = new Option<string[]>("--doc") { Description = "Only these stored documents", AllowMultipleArgumentsPerToken = true };
        var minScore = new Option<double?>("--min-score")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"Report clusters scoring at least X (0..1; default {TermDetectionOptions.Default.MinimumScore:0.0#})"),
        };
        var all = new Option<bool>("--all") { Description = "Report every cluster, whatever its score" };
        var japanese = new Option<string[]>("--ja") { Description = "Japanese files to scan instead of the database", AllowMultipleArgumentsPerToken = true };
        var command = new Command("terms", "Find terms written or translated inconsistently, without a glossary") { documents, minScore, all, format, japanese };
        contexts.SetAction(command, (parsed, context) =>
        {
            var threshold = Threshold(parsed.GetValue(minScore), parsed.GetValue(all));
            var detector = new TermInconsistencyDetector(
                TermDetectionOptions.Default with { MinimumScore = threshold },
                JmdictTermDictionary.Full);
            var files = parsed.GetValue(japanese) ?? [];
            var names = parsed.GetValue(documents) ?? [];
            if (files.Length > 0 && names.Length > 0)
            {
                throw new WorkbenchInputException("--doc selects stored documents and --ja scans files: give one or the other");
            }

            IReadOnlyList<TermCluster> clusters;
            if (files.Length > 0)
            {
                clusters = detector.Report([.. files.SelectMany(JapaneseOnlyPairs)]);
            }
            else
            {
                using var memory = context.OpenMemoryReadOnly();
                var stored = memory.ListDocuments().Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
                if (stored.Count == 0)
                {
                    throw new WorkbenchInputException($"no documents in {context.DatabasePath}: import some, or scan files with --ja");
                }

                foreach (var name in names.Where(n => !stored.Contains(n)))
                {
                    throw new WorkbenchInputException($"no document named '{name}' in {context.DatabasePath}");
                }

                // Rejected links are known misalignments: their pairs are no evidence for a rendering.
                var query = new PairQuery(names, [LinkStatus.Auto, LinkStatus.Confirmed], IncludeNullBeads: true);
                clusters = detector.Report(memory.StreamPairs(query));
            }

            if (parsed.GetValue(format) == "json")
            {
                TermsReportWriter.WriteJson(clusters, context.Out);
            }
            else
            {
                TermsReportWriter.WriteText(clusters, context.Out, ReferenceEquals(context.Out, Console.Out) && !Console.IsOutputRedirected);
            }

            return 0;
        });
        return command;
    }

    private static double Threshold(double? minScore, bool all)
    {
        if (all && minScore is not null)
        {
            throw new WorkbenchInputException("--all reports every cluster: leave out --min-score, or --all");
        }

        if (minScore is { } score && (double.IsNaN(score) || score < 0 || score > 1))
        {
            throw new WorkbenchInputException(string.Create(CultureInfo.InvariantCulture, $"--min-score must be between 0 and 1, not {score}"));
        }

        return all ? 0 : minScore ?? TermDetectionOptions.Default.MinimumScore;
    }

    private static IEnumerable<AlignedPair> JapaneseOnlyPairs(string path)
    {
        var name = Core.Import.DocumentImporter.DefaultName(null, path);
        return SourceReading.DefaultSegmenter.SegmentFile(path, Language.Japanese).Select(segment => new AlignedPair(
            name,
            new AlignmentLink(new Bead(0, 0, segment.Index, 1, 1), LinkStatus.Auto, DateTimeOffset.UnixEpoch),
            [],
            [segment]));
    }
}
