using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Workbench.Core.Terminology;

namespace Workbench.Cli.Reports;

/// <summary>Writes term clusters as text (with character diffs against the most frequent variant) or as JSON.</summary>
internal static class TermsReportWriter
{
    private const int MaximumLocationsShown = 5;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The shape scripts rely on: <c>[{"source", "variants": [{"text", "count", "locations": [{"doc", "segment"}]}], "score"}]</c>
    /// plus <c>kind</c> and <c>diffs</c>.</summary>
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
                        json.WriteNumber("segment", location.Segment);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteNumber("score", cluster.Score);
                json.WriteString("kind", JsonNamingPolicy.KebabCaseLower.ConvertName(cluster.Kind.ToString()));
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

    public static void WriteText(IReadOnlyList<TermCluster> clusters, TextWriter output, bool colour)
    {
        for (var i = 0; i < clusters.Count; i++)
        {
            var cluster = clusters[i];
            var source = cluster.Source is null ? string.Empty : $"  \"{cluster.Source}\"";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i + 1}. score {cluster.Score:0.00}  {JsonNamingPolicy.KebabCaseLower.ConvertName(cluster.Kind.ToString())}{source}"));
            var main = cluster.Variants[0].Text;
            foreach (var variant in cluster.Variants)
            {
                var where = string.Join(", ", variant.Locations.Take(MaximumLocationsShown).Select(l => $"{l.Document} #{l.Segment + 1}"));
                var more = variant.Locations.Count > MaximumLocationsShown ? $", … {variant.Locations.Count - MaximumLocationsShown} more" : string.Empty;
                var diff = variant.Text == main ? string.Empty : $"   {Diff(main, variant.Text, colour)}";
                output.WriteLine($"   {variant.Text} ×{variant.Count}{diff}   ({where}{more})");
            }

            output.WriteLine();
        }

        output.WriteLine($"{clusters.Count} clusters");
    }

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
