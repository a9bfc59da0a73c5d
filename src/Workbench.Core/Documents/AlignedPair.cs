namespace Workbench.Core.Documents;

/// <summary>A stored link with the texts of its segments: the read model for exports and checks.</summary>
public sealed record AlignedPair(
    string Document,
    AlignmentLink Link,
    IReadOnlyList<Segment> English,
    IReadOnlyList<Segment> Japanese)
{
    /// <summary>English sentences joined with a space.</summary>
    public string EnglishText => string.Join(' ', English.Select(s => s.Text));

    /// <summary>Japanese sentences joined with nothing, as Japanese writes them.</summary>
    public string JapaneseText => string.Concat(Japanese.Select(s => s.Text));
}
