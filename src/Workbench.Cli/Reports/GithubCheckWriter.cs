using Workbench.Core.Terminology;

namespace Workbench.Cli.Reports;

/// <summary>GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>) that annotate the pull request.</summary>
internal static class GithubCheckWriter
{
    public static void Write(CheckReport report, TextWriter output)
    {
        foreach (var finding in report.Findings)
        {
            var command = finding.Severity switch
            {
                CheckSeverity.Error => "error",
                CheckSeverity.Warning => "warning",
                _ => "notice",
            };
            var properties = $"file={EscapeProperty(CheckReport.ReportPath(finding.Location))}";
            if (finding.Location.Line is { } line)
            {
                properties += $",line={line}";
            }

            properties += $",title={EscapeProperty($"workbench {finding.Rule.Id}")}";
            var message = $"{finding.Message} ({finding.Location.Document} #{CheckReport.SegmentNumber(finding.Location)}, {CheckReport.LinkDescription(finding)})";
            output.WriteLine($"::{command} {properties}::{EscapeData(message)}");
        }
    }

    private static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
