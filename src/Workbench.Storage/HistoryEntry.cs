using Workbench.Core.Documents;

namespace Workbench.Storage;

/// <summary>One stored edit: who made it, what it replaced with what (links or segment texts), when, and whether it is currently undone.</summary>
public sealed record HistoryEntry(
    string User,
    string Description,
    IReadOnlyList<AlignmentLink> Before,
    IReadOnlyList<AlignmentLink> After,
    DateTimeOffset AppliedAt,
    bool Undone)
{
    /// <summary>Segment texts a text edit corrected; empty for a link edit.</summary>
    public IReadOnlyList<SegmentTextChange> TextChanges { get; init; } = [];
}
