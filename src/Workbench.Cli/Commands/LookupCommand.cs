using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Core.Search;
using Workbench.Core.Text.Japanese;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench lookup (--en SENTENCE | --ja SENTENCE | --file FILE --lang en|ja) [--min 70] [--limit 5]
/// [--format text|json]</c>: fuzzy matches with their percentage, best first, each with a diff of the stored
/// sentence against the query and the stored translation. <c>--file</c> segments a new source file and looks up
/// every sentence in one process.
/// </summary>
internal static class LookupCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var english = new Option<string?>("--en") { Description = "An English sentence to look up" };
        var japanese = new Option<string?>("--ja") { Description = "A Japanese sentence to look up" };
        var file = new Option<string?>("--file") { Description = "A source file (.txt, .md, .html): every sentence is looked up" };
        var language = new Option<string?>("--lang") { Description = "Language of --file: en or ja" };
        language.AcceptOnlyFromAmong("en", "ja");
        var minimum = WholeNumberOption.Create("--min", "Lowest match percentage shown", 1, 100, () => 70);
        var limit = WholeNumberOption.Create("--limit", "Matches per sentence", 1, 1_000, () => 5);
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("lookup", "Fuzzy matches for a sentence or for every sentence of a file")
        {
            english, japanese, file, language, minimum, limit, format,
        };
        contexts.SetAction(command, (parsed, context) =>
        {
            var given = new[] { parsed.GetValue(english), parsed.GetValue(japanese), parsed.GetValue(file) }.Count(v => v is not null);
            if (given != 1)
            {
                throw new WorkbenchInputException("give exactly one of --en SENTENCE, --ja SENTENCE or --file FILE --lang en|ja");
            }

            var min = parsed.GetValue(minimum);
            var (lang, sentences) = Queries(parsed, english, japanese, file, language);
            using var memory = context.OpenMemoryForLookup();
            var matcher = new FuzzyMatcher(memory.SearchIndex);
            var results = sentences.Select(s => (Sentence: s, Matches: matcher.Lookup(s, lang, min, parsed.GetValue(limit))));
            if (parsed.GetValue(format) == "json")
            {
                context.Out.WriteLine(JsonSerializer.Serialize(results.Select(r => ToJson(r.Sentence, r.Matches)), SearchOutput.Json.IEnumerableSentenceMatches));
                return 0;
            }

            var empty = memory.SearchIndex.CountPairs() == 0;
            foreach (var (sentence, matches) in results)
            {
                context.Out.WriteLine($"> {DisplayText.OneLine(sentence)}");
                if (matches.Count == 0)
                {
                    context.Out.WriteLine(empty
                        ? $"  no matches: {context.DatabasePath} holds no aligned pairs yet"
                        : string.Create(CultureInfo.InvariantCulture, $"  no matches of {min}% or more"));
                }

                foreach (var match in matches)
                {
                    context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {match.Percentage,3}%  {SearchOutput.Location(match.Pair)}"));
                    context.Out.WriteLine($"        diff: {DisplayText.OneLine(SearchOutput.Diff(match.Diff))}");
                    context.Out.WriteLine($"        {(lang == Language.English ? "ja" : "en")}: {DisplayText.OneLine(match.Translation)}");
                }
            }

            return 0;
        });
        return command;
    }

    private static (Language Language, IReadOnlyList<string> Sentences) Queries(
        ParseResult parsed, Option<string?> english, Option<string?> japanese, Option<string?> file, Option<string?> language)
    {
        if (parsed.GetValue(english) is { } en)
        {
            return (Language.English, [en]);
        }

        if (parsed.GetValue(japanese) is { } ja)
        {
            return (Language.Japanese, [ja]);
        }

        var code = parsed.GetValue(language)
            ?? throw new WorkbenchInputException("--file needs --lang en or --lang ja");
        var lang = SearchOutput.ParseLanguage(code);
        var segments = SourceReading.DefaultSegmenter.SegmentFile(parsed.GetValue(file)!, lang);
        return (lang, segments.Select(s => s.Text).ToList());
    }

    private static LookupJson.SentenceMatches ToJson(string sentence, IReadOnlyList<FuzzyMatch> matches) => new(
        sentence,
        matches.Select(m => new LookupJson.Match(
            m.Percentage,
            SearchOutput.ToJson(m.Pair),
            m.Source,
            m.Translation,
            m.Diff.Select(d => new LookupJson.DiffPart(d.Kind.ToString().ToLowerInvariant(), d.Text)))));
}
