namespace Workbench.Core.Terminology;

/// <summary>The checks <see cref="TranslationChecker"/> runs.</summary>
public static class CheckRules
{
    public static CheckRule TermMissing { get; } = new(
        "term-missing", "GlossaryTermMissing", CheckSeverity.Error,
        "The English contains a glossary term but the aligned Japanese has none of its approved renderings.");

    public static CheckRule TermForbidden { get; } = new(
        "term-forbidden", "ForbiddenVariant", CheckSeverity.Error,
        "The Japanese uses a variant the glossary forbids.");

    public static CheckRule NumberMismatch { get; } = new(
        "number-mismatch", "NumberMismatch", CheckSeverity.Warning,
        "A quantity in the English does not appear in the Japanese (1,000 = 千 = 1000, 5% = 5パーセント, $1.7 trillion = 1兆7000億ドル).");

    public static CheckRule LatinTokenMissing { get; } = new(
        "latin-missing", "LatinTokenMissing", CheckSeverity.Warning,
        "An acronym or designation (NATO, ICBM, B-2, F-35A) in the English is missing from the Japanese.");

    public static CheckRule Untranslated { get; } = new(
        "untranslated", "Untranslated", CheckSeverity.Warning,
        "The Japanese is empty or identical to the English.");

    public static CheckRule InconsistentTarget { get; } = new(
        "inconsistent-target", "SameSourceDifferentTarget", CheckSeverity.Warning,
        "The same English sentence is translated differently elsewhere.");

    public static IReadOnlyList<CheckRule> All { get; } =
        [TermMissing, TermForbidden, NumberMismatch, LatinTokenMissing, Untranslated, InconsistentTarget];
}
