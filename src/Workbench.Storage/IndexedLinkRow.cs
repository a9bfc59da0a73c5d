namespace Workbench.Storage;

/// <summary>A link's search-index rows (<c>search_links</c>) with its status, as Dapper reads them.</summary>
internal sealed record IndexedLinkRow(long LinkId, string Status, long EnglishFuzzyRowId, long JapaneseFuzzyRowId);
