namespace Workbench.Core.Search;

/// <summary>One unit fuzzy matching counts edits in: its text after NFKC (case kept) and its kind.</summary>
public readonly record struct MatchUnit(string Text, MatchUnitKind Kind)
{
    /// <summary>The unit as the edit distance sees it: lower case, every number the same.</summary>
    public string Loose => Kind == MatchUnitKind.Number ? "#" : Text.ToLowerInvariant();
}
