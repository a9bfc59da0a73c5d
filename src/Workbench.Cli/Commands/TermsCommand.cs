using System.CommandLine;
using Workbench.Cli.Reports;
using Workbench.Core.Documents;
using Workbench.Core.Segmentation;
using Workbench.Core.Terminology;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench terms [--format text|json] [--ja FILE…]</c>: inconsistently written terms across all stored documents
/// (or the given Japanese files), without a glossary, ranked by how likely each cluster is a slip.
/// </summary>
internal static class TermsCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var japanese = new Option<string[]>("--ja") { Description = "Japanese files to scan instead of the database", AllowMultipleArgumentsPerToken = true };
        var command = new Command("terms", "Find terms written or translated inconsistently, without a glossary") { format, japanese };
        contexts.SetAction(command, (parsed, context) =>
        {
            var detector = new TermInconsistencyDetector(TermDetectionOptions.Default);
            var files = parsed.GetValue(japanese) ?? [];
            IReadOnlyList<TermCluster> clusters;
            if (files.Length > 0)
            {
                clusters = detector.Detect(files.SelectMany(JapaneseOnlyPairs).ToList());
            }
            else
            {
                using var memory = context.OpenMemoryReadOnly();
                var query = new PairQuery([], [LinkStatus.Auto, LinkStatus.Confirmed], IncludeNullBeads: true);
                clusters = detector.Detect(memory.StreamPairs(query));
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

    private static IEnumerable<AlignedPair> JapaneseOnlyPairs(string path)
    {
        var name = Core.Import.DocumentImporter.DefaultName(null, path);
        return DocumentSegmenter.Default.SegmentFile(path, Language.Japanese).Select(segment => new AlignedPair(
            name,
            new AlignmentLink(new Core.Alignment.Bead(0, 0, segment.Index, 1, 1), LinkStatus.Auto, DateTimeOffset.UnixEpoch),
            [],
            [segment]));
    }
}
