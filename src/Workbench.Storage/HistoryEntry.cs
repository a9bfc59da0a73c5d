using Workbench.Core.Documents;

namespace Workbench.Storage;

/// <summary>One stored edit: who made it, what it replaced with what, when, and whether it is currently undone.</summary>
public sealed record HistoryEntry(
    string User,
    string Description,
    IReadOnlyList<AlignmentLink> Before,
    IReadOnlyList<AlignmentLink> After,
    DateTimeOffset AppliedAt,
    bool Undone);
