using System.Text.Encodings.Web;
using System.Text.Json;
using Workbench.Core.Terminology;

namespace Workbench.Cli.Reports;

/// <summary>SARIF 2.1.0 for GitHub code scanning: one rule per check, results located in the Japanese source file.</summary>
internal static class SarifCheckWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(CheckReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "workbench");
        json.WriteString("version", typeof(SarifCheckWriter).Assembly.GetName().Version?.ToString(3));
        json.WriteStartArray("rules");
        foreach (var rule in CheckRules.All)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Description);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var finding in report.Findings)
        {
            WriteResult(json, finding);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string Level(CheckSeverity severity) => severity switch
    {
        CheckSeverity.Error => "error",
        CheckSeverity.Warning => "warning",
        _ => "note",
    };

    private static void WriteResult(Utf8JsonWriter json, CheckFinding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule.Id);
        json.WriteNumber("ruleIndex", CheckRules.All.ToList().IndexOf(finding.Rule));
        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", CheckReport.ReportPath(finding.Location));
        json.WriteEndObject();
        if (finding.Location.Line is { } line)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteString("document", finding.Location.Document);
        json.WriteNumber("segment", CheckReport.SegmentNumber(finding.Location));
        json.WriteString("linkStatus", CheckReport.StatusName(finding.LinkStatus));
        json.WriteNumber("linkConfidence", Math.Round(finding.LinkConfidence, 3));
        json.WriteString("expected", finding.Expected);
        json.WriteString("found", finding.Found);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
