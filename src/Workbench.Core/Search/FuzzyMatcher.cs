using Workbench.Core.Documents;
using Workbench.Core.Terminology;

namespace Workbench.Core.Search;

/// <summary>
/// Fuzzy lookup. The query's grams (<see cref="FuzzyKeys"/>) go to the index with a length window and a count
/// bound derived from the minimum percentage: a stored side of n units can reach <c>minimum</c> only if
/// min(m, n) / max(m, n) ≥ minimum / 100, and then it is at most <see cref="FuzzyScore.MaxEdits"/> edits away, each
/// edit removing at most <see cref="FuzzyKeys.GramsPerEdit"/> of the query's distinct grams. The candidates are
/// then scored exactly (<see cref="FuzzyScore"/>, banded Levenshtein with early exit). The memory is never scanned.
/// </summary>
public sealed class FuzzyMatcher(IMemorySearchIndex index, FuzzyOptions? options = null)
{
    private readonly FuzzyOptions options = options ?? FuzzyOptions.Default;

    public IReadOnlyList<FuzzyMatch> Lookup(string sentence, Language language, int minimum, int limit)
    {
        SearchInput.Validate(sentence, "lookup sentence");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (minimum is < 1 or > 100)
        {
            throw new WorkbenchInputException($"minimum percentage {minimum} is outside 1–100");
        }

        var units = MatchUnits.Of(sentence, language);
        var length = FuzzyKeys.Length(units);
        var grams = FuzzyKeys.Grams(units, language);
        if (grams.Count == 0)
        {
            return [];
        }

        var minLength = ((length * minimum) + 99) / 100;
        var maxLength = length * 100 / minimum;
        var maxEdits = FuzzyScore.MaxEdits(length, maxLength, minimum);
        var minShared = Math.Max(1, grams.Count - (FuzzyKeys.GramsPerEdit(language) * maxEdits));
        var candidates = index.FindSimilar(new FuzzyCandidateQuery(language, grams, minLength, maxLength, minShared, options.MaxCandidates));
        var scored = new List<(AlignedPair Pair, int Percentage, string Source)>();
        foreach (var pair in candidates.Pairs)
        {
            var source = language == Language.English ? pair.EnglishText : pair.JapaneseText;
            var percentage = FuzzyScore.Percentage(units, MatchUnits.Of(source, language), minimum);
            if (percentage >= 0)
            {
                scored.Add((pair, percentage, source));
            }
        }

        return scored
            .OrderByDescending(m => m.Percentage)
            .ThenByDescending(m => m.Pair.Link.Status == LinkStatus.Confirmed)
            .ThenByDescending(m => m.Pair.Link.UpdatedAt)
            .Take(limit)
            .Select(m => new FuzzyMatch(
                m.Pair,
                m.Percentage,
                m.Source,
                language == Language.English ? m.Pair.JapaneseText : m.Pair.EnglishText,
                language == Language.English ? WordDiff.Compute(m.Source, sentence) : CharacterDiff.Compute(m.Source, sentence)))
            .ToList();
    }
}
