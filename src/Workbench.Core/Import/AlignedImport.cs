using Workbench.Core.Documents;
using Workbench.Core.Search;

namespace Workbench.Core.Import;

/// <summary>An aligned document ready to store, with the search keys of its links (one per link, null for a one-sided link).</summary>
public sealed record AlignedImport(NewDocument Document, IReadOnlyList<LinkSearchKeys?> SearchKeys);
