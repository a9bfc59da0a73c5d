using System.Globalization;
using Workbench.Core.Documents;
using Workbench.Core.Terminology;

namespace Workbench.Cli.Reports;

/// <summary>Everything a check report format needs: the findings, the documents checked and the failure threshold.</summary>
internal sealed record CheckReport(IReadOnlyList<CheckFinding> Findings, IReadOnlyList<string> Documents, CheckSeverity FailOn)
{
    public int Count(CheckSeverity severity) => Findings.Count(f => f.Severity == severity);

    public bool Fails => Findings.Any(f => f.Severity >= FailOn);

    /// <summary>A path as CI tools want it: relative to the working directory when inside it, with forward slashes.</summary>
    public static string ReportPath(FindingLocation location)
    {
        if (location.File is null)
        {
            return location.Document;
        }

        var full = Path.GetFullPath(location.File);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        var path = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return path.Replace('\\', '/');
    }

    public static string SeverityName(CheckSeverity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>The segment number every format shows: 1-based, as <c>#N</c> in the text report.</summary>
    public static int SegmentNumber(FindingLocation location) => location.Segment + 1;

    /// <summary>The link a finding sits on, as every format words it: <c>auto link, confidence 0.42</c>.</summary>
    public static string LinkDescription(CheckFinding finding) =>
        string.Create(CultureInfo.InvariantCulture, $"{StatusName(finding.LinkStatus)} link, confidence {finding.LinkConfidence:0.00}");

    public static string StatusName(LinkStatus status) => status.ToString().ToLowerInvariant();
}
