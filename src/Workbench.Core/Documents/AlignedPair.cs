namespace Workbench.Core.Documents;

/// <summary>A stored link with the texts of its segments: the read model for exports and checks.</summary>
public sealed record AlignedPair(
    string Document,
    AlignmentLink Link,
    IReadOnlyList<Segment> English,
    IReadOnlyList<Segment> Japanese)
{
    /// <summary>English sentences joined with a space (<see cref="SideText"/>).</summary>
    public string EnglishText => SideText.Join(English.Select(s => s.Text), Language.English);

    /// <summary>Japanese sentences joined with nothing, as Japanese writes them (<see cref="SideText"/>).</summary>
    public string JapaneseText => SideText.Join(Japanese.Select(s => s.Text), Language.Japanese);
}
