using System.CommandLine;
using System.Text.Json;
using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Core.Search;
using Workbench.Core.Text.Japanese;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench search TEXT [--lang en|ja|both] [--doc NAME ...] [--status confirmed|auto|all] [--limit N]
/// [--format text|json]</c>: concordance, every pair whose English or Japanese contains TEXT, confirmed pairs first,
/// then the newest, each with its other side.
/// </summary>
internal static class SearchCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var text = new Argument<string>("TEXT") { Description = "Word(s) or characters to find" };
        var language = new Option<string>("--lang") { Description = "Side to search: en, ja or both", DefaultValueFactory = _ => "both" };
        language.AcceptOnlyFromAmong("en", "ja", "both");
        var documents = new Option<string[]>("--doc") { Description = "Document to search (repeatable; default: all)", Arity = ArgumentArity.ZeroOrMore };
        var status = new Option<string>("--status") { Description = "confirmed, auto or all (rejected links are never listed)", DefaultValueFactory = _ => "all" };
        status.AcceptOnlyFromAmong("confirmed", "auto", "all");
        var limit = WholeNumberOption.Create("--limit", "At most this many pairs", 1, 100_000, () => 20);
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("search", "Concordance: find pairs whose English or Japanese contains TEXT")
        {
            text, language, documents, status, limit, format,
        };
        contexts.SetAction(command, (parsed, context) =>
        {
            var query = parsed.GetValue(text)!;
            SearchInput.Validate(query, "search text");
            using var memory = context.OpenMemoryForLookup();
            var names = parsed.GetValue(documents) ?? [];
            if (names.FirstOrDefault(name => memory.FindDocument(name) is null) is { } missing)
            {
                throw new WorkbenchInputException($"no document named '{missing}' in {context.DatabasePath}");
            }

            var side = parsed.GetValue(language) switch { "en" => SearchSide.English, "ja" => SearchSide.Japanese, _ => SearchSide.Both };
            var hits = new ConcordanceSearch(memory.SearchIndex)
                .Search(query, side, names, SearchOutput.Statuses(parsed.GetValue(status)!), parsed.GetValue(limit));
            if (parsed.GetValue(format) == "json")
            {
                context.Out.WriteLine(JsonSerializer.Serialize(new LookupJson.Concordance(query, hits.Select(ToJson)), SearchOutput.Json.Concordance));
                return 0;
            }

            if (hits.Count == 0)
            {
                context.Out.WriteLine(memory.SearchIndex.CountPairs() == 0
                    ? $"no matches: {context.DatabasePath} holds no aligned pairs yet"
                    : $"no matches for '{query}'");
                return 0;
            }

            foreach (var hit in hits)
            {
                context.Out.WriteLine(SearchOutput.Location(hit.Pair));
                context.Out.WriteLine($"  en: {DisplayText.OneLine(SearchOutput.Highlight(hit.Pair.EnglishText, hit.EnglishSpans))}");
                context.Out.WriteLine($"  ja: {DisplayText.OneLine(SearchOutput.Highlight(hit.Pair.JapaneseText, hit.JapaneseSpans))}");
            }

            if (hits.Count == parsed.GetValue(limit))
            {
                context.Out.WriteLine($"(first {hits.Count}; --limit shows more)");
            }

            return 0;
        });
        return command;
    }

    private static LookupJson.Hit ToJson(ConcordanceHit hit) => new(
        SearchOutput.ToJson(hit.Pair),
        hit.EnglishSpans.Select(s => new LookupJson.Span(s.Start, s.Length)),
        hit.JapaneseSpans.Select(s => new LookupJson.Span(s.Start, s.Length)));
}
