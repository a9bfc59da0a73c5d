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
}
