using System.Text.Json.Serialization;

namespace Workbench.Cli.Commands;

/// <summary>
/// The JSON that search, lookup, analyze and show print, with serialisers generated at build time (the installed tool
/// is compiled ahead of time and cannot reflect over types at run time). The shapes and their order are the output
/// contract; <see cref="SearchOutput.Json"/> holds the options (camelCase, indented, Japanese unescaped).
/// </summary>
[JsonSerializable(typeof(LookupJson.Concordance))]
[JsonSerializable(typeof(IEnumerable<LookupJson.SentenceMatches>))]
[JsonSerializable(typeof(LookupJson.Analysis))]
[JsonSerializable(typeof(IEnumerable<ShowCommand.ShownPairJson>))]
internal sealed partial class LookupJsonContext : JsonSerializerContext;

/// <summary>The JSON shapes of <see cref="LookupJsonContext"/>.</summary>
internal static class LookupJson
{
    /// <summary><c>search --format json</c>.</summary>
    internal sealed record Concordance(string Query, IEnumerable<Hit> Hits);

    internal sealed record Hit(SearchOutput.PairJson Pair, IEnumerable<Span> EnglishSpans, IEnumerable<Span> JapaneseSpans);

    internal sealed record Span(int Start, int Length);

    /// <summary><c>lookup --format json</c>: one per query sentence.</summary>
    internal sealed record SentenceMatches(string Query, IEnumerable<Match> Matches);

    internal sealed record Match(int Percentage, SearchOutput.PairJson Pair, string Source, string Translation, IEnumerable<DiffPart> Diff);

    internal sealed record DiffPart(string Kind, string Text);

    /// <summary><c>analyze --format json</c>.</summary>
    internal sealed record Analysis(string File, string Language, string Unit, IEnumerable<BandRow> Bands, Total Total);

    internal sealed record BandRow(string Band, int Segments, int Units);

    internal sealed record Total(int Segments, int Units);
}
