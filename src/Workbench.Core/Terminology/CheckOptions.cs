namespace Workbench.Core.Terminology;

/// <summary>Tuning for <see cref="TranslationChecker"/>.</summary>
/// <param name="LatinTokenExemptions">Acronyms Japanese normally translates (US → 米国, UN → 国連), so their absence is no finding.</param>
/// <param name="MinimumWordsForConsistency">Shorter English sentences ("Why?") may legitimately be translated differently.</param>
public sealed record CheckOptions(IReadOnlySet<string> LatinTokenExemptions, int MinimumWordsForConsistency)
{
    public static CheckOptions Default { get; } = new(
        new HashSet<string>(StringComparer.Ordinal) { "US", "USA", "UK", "UN", "EU", "AM", "PM", "TV", "OK", "CEO", "DC" },
        MinimumWordsForConsistency: 4);
}
