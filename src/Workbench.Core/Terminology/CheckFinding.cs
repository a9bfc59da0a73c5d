namespace Workbench.Core.Terminology;

/// <summary>One problem found by <see cref="TranslationChecker"/>.</summary>
/// <param name="Expected">What the Japanese should contain (an approved rendering, a number), if any.</param>
/// <param name="Found">What it contains instead (a forbidden variant), if any.</param>
public sealed record CheckFinding(
    CheckRule Rule,
    string Message,
    FindingLocation Location,
    string English,
    string Japanese,
    string? Expected,
    string? Found)
{
    public CheckSeverity Severity => Rule.Severity;
}
