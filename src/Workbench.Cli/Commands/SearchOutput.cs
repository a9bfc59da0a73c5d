using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Workbench.Core.Documents;
using Workbench.Core.Search;
using Workbench.Core.Terminology;

namespace Workbench.Cli.Commands;

/// <summary>What search, lookup and analyze print in common: where a pair is, its status, JSON settings.</summary>
internal static class SearchOutput
{
    public static readonly LookupJsonContext Json = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    });

    /// <summary><c>nato [3]:[3]  confirmed  2026-11-01</c>: enough to find the pair again with show or review.</summary>
    public static string Location(AlignedPair pair) => string.Create(
        CultureInfo.InvariantCulture,
        $"{pair.Document} {pair.Link.Bead.ToLinkNotation()}  {Status(pair.Link.Status)}  {pair.Link.UpdatedAt:yyyy-MM-dd}");

    public static string Status(LinkStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The text with each span wrapped in ⟦ ⟧, so hits stand out in plain text and in a terminal alike.</summary>
    public static string Highlight(string text, IReadOnlyList<TextSpan> spans)
    {
        var marked = new StringBuilder(text.Length + (spans.Count * 2));
        var position = 0;
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (span.Start < position)
            {
                continue;
            }

            marked.Append(text, position, span.Start - position).Append('⟦').Append(text, span.Start, span.Length).Append('⟧');
            position = span.End;
        }

        return marked.Append(text, position, text.Length - position).ToString();
    }

    public static string Diff(IReadOnlyList<DiffSpan> diff) => CharacterDiff.ToInlineText(diff);

    public static IReadOnlyList<LinkStatus> Statuses(string status) => status switch
    {
        "confirmed" => [LinkStatus.Confirmed],
        "auto" => [LinkStatus.Auto],
        _ => [],
    };

    public static Language ParseLanguage(string code)
    {
        LanguageCodes.TryParse(code, out var language);
        return language;
    }

    public static PairJson ToJson(AlignedPair pair) => new(
        pair.Document,
        pair.English.Select(s => s.Index).ToList(),
        pair.Japanese.Select(s => s.Index).ToList(),
        Status(pair.Link.Status),
        pair.Link.Bead.Confidence,
        pair.Link.UpdatedAt,
        pair.EnglishText,
        pair.JapaneseText);

    internal sealed record PairJson(
        string Document,
        IReadOnlyList<int> En,
        IReadOnlyList<int> Ja,
        string Status,
        double Confidence,
        DateTimeOffset UpdatedAt,
        string English,
        string Japanese);
}
