namespace Workbench.Core.Search;

/// <summary>How much work one fuzzy lookup may do.</summary>
/// <param name="MaxCandidates">Candidates (best by shared grams) scored exactly per lookup.</param>
public sealed record FuzzyOptions(int MaxCandidates)
{
    public static FuzzyOptions Default { get; } = new(MaxCandidates: 64);
}
