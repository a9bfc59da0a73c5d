using Workbench.Core.Documents;

namespace Workbench.Core.Terminology;

/// <summary>Tuning for <see cref="TranslationChecker"/>.</summary>
/// <param name="LatinTokenExemptions">Acronyms Japanese normally translates (US → 米国, UN → 国連), so their absence is no finding.</param>
/// <param name="MinimumWordsForConsistency">Shorter English sentences ("Why?") may legitimately be translated differently.</param>
/// <param name="ReviewPolicy">Errors on unreviewed links below its low-confidence threshold are reported as warnings.</param>
public sealed record CheckOptions(IReadOnlySet<string> LatinTokenExemptions, int MinimumWordsForConsistency, ReviewPolicy ReviewPolicy)
{
    public static CheckOptions Default { get; } = new(
        new HashSet<string>(StringComparer.Ordinal) { "US", "USA", "UK", "UN", "EU", "AM", "PM", "TV", "OK", "CEO", "DC" },
        MinimumWordsForConsistency: 4,
        ReviewPolicy.Default);
}
