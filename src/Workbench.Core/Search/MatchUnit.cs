namespace Workbench.Core.Search;

/// <summary>One unit fuzzy matching counts edits in: its text after NFKC (case kept) and its kind.</summary>
public readonly record struct MatchUnit(string Text, MatchUnitKind Kind)
{
    /// <summary>What every number is in its loose form.</summary>
    internal const string AnyNumber = "#";

    /// <summary>The unit as the edit distance sees it: lower case, every number the same (<see cref="WriteLoose"/> as a string).</summary>
    public string Loose => Kind == MatchUnitKind.Number ? AnyNumber : Text.ToLowerInvariant();

    /// <summary>
    /// The loose form of a unit of <paramref name="kind"/> written as <paramref name="text"/>, into
    /// <paramref name="destination"/> (at least as long as the text); returns its length.
    /// </summary>
    internal static int WriteLoose(ReadOnlySpan<char> text, MatchUnitKind kind, Span<char> destination)
    {
        if (kind == MatchUnitKind.Number)
        {
            destination[0] = AnyNumber[0];
            return 1;
        }

        return text.ToLowerInvariant(destination);
    }
}
