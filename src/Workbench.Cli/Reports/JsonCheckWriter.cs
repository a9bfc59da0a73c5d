using System.Text.Encodings.Web;
using System.Text.Json;
using Workbench.Core.Terminology;

namespace Workbench.Cli.Reports;

/// <summary>Machine-readable report: <c>{"findings": [...], "summary": {...}}</c>; <c>segment</c> is 1-based (the
/// text report's <c>#N</c>), <c>linkStatus</c>/<c>linkConfidence</c> describe the link the finding is on.</summary>
internal static class JsonCheckWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(CheckReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            json.WriteStartObject();
            json.WriteString("rule", finding.Rule.Id);
            json.WriteString("severity", CheckReport.SeverityName(finding.Severity));
            json.WriteString("message", finding.Message);
            json.WriteString("document", finding.Location.Document);
            json.WriteNumber("segment", CheckReport.SegmentNumber(finding.Location));
            json.WriteString("file", finding.Location.File is null ? null : CheckReport.ReportPath(finding.Location));
            if (finding.Location.Line is { } line)
            {
                json.WriteNumber("line", line);
            }
            else
            {
                json.WriteNull("line");
            }

            json.WriteString("linkStatus", CheckReport.StatusName(finding.LinkStatus));
            json.WriteNumber("linkConfidence", Math.Round(finding.LinkConfidence, 3));
            json.WriteString("english", finding.English);
            json.WriteString("japanese", finding.Japanese);
            json.WriteString("expected", finding.Expected);
            json.WriteString("found", finding.Found);
            json.WriteString("diff", finding.Expected is { } e && finding.Found is { } f ? CharacterDiff.ToInlineText(CharacterDiff.Compute(e, f)) : null);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("errors", report.Count(CheckSeverity.Error));
        json.WriteNumber("warnings", report.Count(CheckSeverity.Warning));
        json.WriteNumber("info", report.Count(CheckSeverity.Info));
        json.WriteNumber("documents", report.Documents.Count);
        json.WriteBoolean("failed", report.Fails);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
