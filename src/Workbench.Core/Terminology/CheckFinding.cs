using Workbench.Core.Documents;

namespace Workbench.Core.Terminology;

/// <summary>One problem found by <see cref="TranslationChecker"/>.</summary>
/// <param name="Severity">The rule's severity, lowered from error to warning when the finding sits on an unreviewed
/// link the aligner was unsure of (<see cref="CheckOptions.ReviewPolicy"/>): a misaligned headline must not fail CI.</param>
/// <param name="Expected">What the Japanese should contain (an approved rendering, a number), if any.</param>
/// <param name="Found">What it contains instead (a forbidden variant), if any.</param>
/// <param name="LinkStatus">Review status of the link the finding is on.</param>
/// <param name="LinkConfidence">The aligner's confidence in that link (0..1).</param>
public sealed record CheckFinding(
    CheckRule Rule,
    CheckSeverity Severity,
    string Message,
    FindingLocation Location,
    string English,
    string Japanese,
    string? Expected,
    string? Found,
    LinkStatus LinkStatus,
    double LinkConfidence);
