using Workbench.Core.Documents;

namespace Workbench.Storage;

/// <summary>One document with its counts, as the listing query returns it.</summary>
internal sealed class SummaryRow
{
    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? EnglishSource { get; set; }

    public string? JapaneseSource { get; set; }

    public string ImportedAt { get; set; } = string.Empty;

    public long EnglishSegments { get; set; }

    public long JapaneseSegments { get; set; }

    public long Links { get; set; }

    public long ConfirmedLinks { get; set; }

    public long RejectedLinks { get; set; }

    public long LowConfidenceLinks { get; set; }

    public DocumentSummary ToSummary() => new(
        Id,
        Name,
        EnglishSource,
        JapaneseSource,
        Timestamps.Parse(ImportedAt),
        (int)EnglishSegments,
        (int)JapaneseSegments,
        (int)Links,
        (int)ConfirmedLinks,
        (int)RejectedLinks,
        (int)LowConfidenceLinks);
}
