using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Workbench.Core.Terminology;
using Workbench.Core.Text.Japanese;

namespace Workbench.Cli.Reports;

/// <summary>Writes term clusters as text (with character diffs against the most frequent variant) or as JSON.</summary>
internal static class TermsReportWriter
{
    private const int Columns = 80;
    private const int MaximumLocationsShown = 6;
    private const string Indent = "     ";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The shape scripts rely on: <c>[{"source", "variants": [{"text", "count", "locations": [{"doc", "segment"}]}],
    /// "score", "kind", "evidence", "diffs"}]</c>. <c>segment</c> is 1-based, as <c>#N</c> in the text report and in
    /// <c>check</c>'s formats; <c>diffs</c> holds each variant after the first against the first.
    /// </summary>
    public static void WriteJson(IReadOnlyList<TermCluster> clusters, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var cluster in clusters)
            {
                json.WriteStartObject();
                json.WriteString("source", cluster.Source);
                json.WriteStartArray("variants");
                foreach (var variant in cluster.Variants)
                {
                    json.WriteStartObject();
                    json.WriteString("text", variant.Text);
                    json.WriteNumber("count", variant.Count);
                    json.WriteStartArray("locations");
                    foreach (var location in variant.Locations)
                    {
                        json.WriteStartObject();
                        json.WriteString("doc", location.Document);
                        json.WriteNumber("segment", location.Segment + 1);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteNumber("score", cluster.Score);
                json.WriteString("kind", KindName(cluster.Kind));
                json.WriteString("evidence", cluster.Evidence);
                json.WriteStartArray("diffs");
                foreach (var variant in cluster.Variants.Skip(1))
                {
                    json.WriteStringValue(CharacterDiff.ToInlineText(CharacterDiff.Compute(cluster.Variants[0].Text, variant.Text)));
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>
    /// One block per cluster, most frequent variant first, each other variant with its character diff against it,
    /// locations grouped by document; lines wrapped at 80 display columns.
    /// </summary>
    public static void WriteText(IReadOnlyList<TermCluster> clusters, TextWriter output, bool colour)
    {
        for (var i = 0; i < clusters.Count; i++)
        {
            var cluster = clusters[i];
            var source = cluster.Source is null ? string.Empty : $"  \"{cluster.Source}\"";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i + 1,2}. {KindName(cluster.Kind)}  score {cluster.Score:0.00}{source}"));
            WriteWrapped(output, cluster.Evidence, Indent);
            var main = cluster.Variants[0].Text;
            foreach (var variant in cluster.Variants)
            {
                var diff = variant.Text == main ? string.Empty : $"  {Diff(main, variant.Text, colour)}";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Indent}{variant.Text} ×{variant.Count}{diff}"));
                WriteWrapped(output, Where(variant), Indent + "  ");
            }

            output.WriteLine();
        }

        output.WriteLine(clusters.Count == 1 ? "1 cluster" : $"{clusters.Count} clusters");
    }

    private static string Where(TermVariant variant)
    {
        var shown = variant.Locations.Take(MaximumLocationsShown)
            .GroupBy(l => l.Document, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {string.Join(", ", g.Select(l => string.Create(CultureInfo.InvariantCulture, $"#{l.Segment + 1}")))}");
        var more = variant.Locations.Count > MaximumLocationsShown
            ? string.Create(CultureInfo.InvariantCulture, $"; … {variant.Locations.Count - MaximumLocationsShown} more")
            : string.Empty;
        return string.Join("; ", shown) + more;
    }

    private static void WriteWrapped(TextWriter output, string text, string indent)
    {
        foreach (var line in DisplayText.Wrap(text, Columns - indent.Length))
        {
            output.WriteLine(indent + line);
        }
    }

    private static string KindName(TermClusterKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    private static string Diff(string expected, string found, bool colour) =>
        colour
            ? string.Concat(CharacterDiff.Compute(expected, found).Select(s => s.Kind switch
            {
                DiffSpanKind.Removed => $"\u001b[31m{s.Text}\u001b[0m",
                DiffSpanKind.Added => $"\u001b[32m{s.Text}\u001b[0m",
                _ => s.Text,
            }))
            : CharacterDiff.ToInlineText(CharacterDiff.Compute(expected, found));
}
