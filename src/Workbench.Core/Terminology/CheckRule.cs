namespace Workbench.Core.Terminology;

/// <summary>One check: a stable id (SARIF rule id, JUnit test name), its severity and what it means.</summary>
public sealed record CheckRule(string Id, string Name, CheckSeverity Severity, string Description);
