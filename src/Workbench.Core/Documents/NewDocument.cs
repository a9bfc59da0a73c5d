namespace Workbench.Core.Documents;

/// <summary>Everything an import writes for one document, in one transaction.</summary>
/// <param name="Name">Unique document name.</param>
/// <param name="EnglishSource">Path of the imported English file, if any.</param>
/// <param name="JapaneseSource">Path of the imported Japanese file, if any.</param>
public sealed record NewDocument(
    string Name,
    string? EnglishSource,
    string? JapaneseSource,
    IReadOnlyList<Segment> English,
    IReadOnlyList<Segment> Japanese,
    IReadOnlyList<AlignmentLink> Links)
{
    /// <summary>What the English source page declared (title, byline, date, address).</summary>
    public SourceMetadata EnglishMetadata { get; init; } = SourceMetadata.Empty;

    /// <summary>What the Japanese source page declared.</summary>
    public SourceMetadata JapaneseMetadata { get; init; } = SourceMetadata.Empty;
}
