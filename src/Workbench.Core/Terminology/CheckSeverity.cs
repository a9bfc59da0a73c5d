namespace Workbench.Core.Terminology;

/// <summary>How serious a finding is; ordered so that a higher value is more serious.</summary>
public enum CheckSeverity
{
    Info,
    Warning,
    Error,
}
