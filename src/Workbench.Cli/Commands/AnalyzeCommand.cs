using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Core.Search;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench analyze FILE --lang en|ja [--format text|json]</c>: the CAT analysis of a new source file against the
/// memory, segments and words (English) or characters (Japanese) per match band, and repetitions inside the file.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var file = new Argument<string>("FILE") { Description = "The new source file (.txt, .md, .html)" };
        var language = new Option<string>("--lang") { Description = "Language of the file: en or ja", Required = true };
        language.AcceptOnlyFromAmong("en", "ja");
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("analyze", "Count a new file's segments and words per fuzzy-match band against the memory")
        {
            file, language, format,
        };
        contexts.SetAction(command, (parsed, context) =>
        {
            var lang = SearchOutput.ParseLanguage(parsed.GetValue(language)!);
            var path = parsed.GetValue(file)!;
            var sentences = SourceReading.DefaultSegmenter.SegmentFile(path, lang).Select(s => s.Text).ToList();
            using var memory = context.OpenMemoryForLookup();
            var report = new MemoryAnalyzer(new FuzzyMatcher(memory.SearchIndex)).Analyze(sentences, lang);
            var unitName = lang == Language.English ? "words" : "characters";
            if (parsed.GetValue(format) == "json")
            {
                context.Out.WriteLine(JsonSerializer.Serialize(
                    new LookupJson.Analysis(
                        path,
                        lang.ToCode(),
                        unitName,
                        report.Rows.Select(r => new LookupJson.BandRow(r.Band.Label, r.Segments, r.Units)),
                        new LookupJson.Total(report.TotalSegments, report.TotalUnits)),
                    SearchOutput.Json.Analysis));
                return 0;
            }

            var table = new Table().Border(TableBorder.Simple)
                .AddColumn("match")
                .AddColumn(new TableColumn("segments").RightAligned())
                .AddColumn(new TableColumn(unitName).RightAligned())
                .AddColumn(new TableColumn("share").RightAligned());
            foreach (var row in report.Rows)
            {
                table.AddRow(row.Band.Label, Count(row.Segments), Count(row.Units), Share(row.Units, report.TotalUnits));
            }

            table.AddRow("total", Count(report.TotalSegments), Count(report.TotalUnits), Share(report.TotalUnits, report.TotalUnits));
            context.Out.WriteLine($"{path} against {context.DatabasePath} ({memory.SearchIndex.CountPairs().ToString("N0", CultureInfo.InvariantCulture)} pairs)");
            PlainConsole.For(context.Out).Write(table);
            return 0;
        });
        return command;
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Share(int part, int total) =>
        total == 0 ? "–" : ((double)part / total).ToString("P1", CultureInfo.InvariantCulture);
}
