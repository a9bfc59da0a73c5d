using Workbench.Core.Documents;

namespace Workbench.Storage;

/// <summary>A document as an archive carries it: its content, when it was imported, its link version counter, its history and its content hash.</summary>
public sealed record ArchivedDocument(NewDocument Document, DateTimeOffset ImportedAt, long LinkVersion, IReadOnlyList<HistoryEntry> History)
{
    /// <summary>The hash of the files an <c>import --batch</c> stored it from, so a batch re-run on the copy skips it.</summary>
    public string? ContentHash { get; init; }
}
