namespace Workbench.Core.Documents;

/// <summary>A stored document with its counts, for listings and the review UI's document picker.</summary>
public sealed record DocumentSummary(
    long Id,
    string Name,
    string? EnglishSource,
    string? JapaneseSource,
    DateTimeOffset ImportedAt,
    int EnglishSegments,
    int JapaneseSegments,
    int Links,
    int ConfirmedLinks,
    int RejectedLinks,
    int LowConfidenceLinks)
{
    /// <summary>What the English source page declared (title, byline, date, address).</summary>
    public SourceMetadata EnglishMetadata { get; init; } = SourceMetadata.Empty;

    /// <summary>What the Japanese source page declared.</summary>
    public SourceMetadata JapaneseMetadata { get; init; } = SourceMetadata.Empty;

    /// <summary>The title to show for the document: the original's, else the translation's.</summary>
    public string? Title => EnglishMetadata.Title ?? JapaneseMetadata.Title;

    /// <summary>Share of links a reviewer has confirmed or rejected, 0..1.</summary>
    public double ReviewedShare => Links == 0 ? 0 : (double)(ConfirmedLinks + RejectedLinks) / Links;
}
