using Workbench.Core.Terminology;

namespace Workbench.Cli.Reports;

/// <summary>Human-readable report: one block per finding with the pair and a coloured character diff.</summary>
internal static class TextCheckWriter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Red = "\u001b[31m";
    private const string Green = "\u001b[32m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";
    private const string Dim = "\u001b[2m";

    public static void Write(CheckReport report, TextWriter output, bool colour)
    {
        string Paint(string code, string text) => colour ? code + text + Reset : text;
        foreach (var finding in report.Findings)
        {
            var location = finding.Location;
            var severityColour = finding.Severity switch
            {
                CheckSeverity.Error => Red,
                CheckSeverity.Warning => Yellow,
                _ => Cyan,
            };
            var where = location.Line is { } line ? $"{CheckReport.ReportPath(location)}:{line}" : CheckReport.ReportPath(location);
            output.WriteLine($"{Paint(Bold + severityColour, CheckReport.SeverityName(finding.Severity))} {Paint(Bold, finding.Rule.Id)}  {where}  ({location.Document} #{CheckReport.SegmentNumber(location)}, {CheckReport.LinkDescription(finding)})");
            output.WriteLine($"  {finding.Message}");
            if (finding.English.Length > 0)
            {
                output.WriteLine($"  {Paint(Dim, "en:")} {finding.English}");
            }

            output.WriteLine($"  {Paint(Dim, "ja:")} {(finding.Japanese.Length > 0 ? finding.Japanese : "—")}");
            if (finding.Expected is { } expected && finding.Found is { } found)
            {
                var diff = string.Concat(CharacterDiff.Compute(expected, found).Select(span => span.Kind switch
                {
                    DiffSpanKind.Removed => colour ? Paint(Red, span.Text) : $"[-{span.Text}]",
                    DiffSpanKind.Added => colour ? Paint(Green, span.Text) : $"[+{span.Text}]",
                    _ => span.Text,
                }));
                output.WriteLine($"  {Paint(Dim, "expected → found:")} {diff}");
            }

            output.WriteLine();
        }

        output.WriteLine(
            $"{report.Findings.Count} findings: {report.Count(CheckSeverity.Error)} errors, {report.Count(CheckSeverity.Warning)} warnings, " +
            $"{report.Count(CheckSeverity.Info)} info in {report.Documents.Count} documents");
    }
}
