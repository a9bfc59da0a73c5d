using Workbench.Core.Documents;

namespace Workbench.Storage;

/// <summary>A document as an archive carries it: its content, when it was imported, its link version counter and its history.</summary>
public sealed record ArchivedDocument(NewDocument Document, DateTimeOffset ImportedAt, long LinkVersion, IReadOnlyList<HistoryEntry> History);
