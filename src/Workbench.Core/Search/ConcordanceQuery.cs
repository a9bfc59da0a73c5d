using Workbench.Core.Documents;

namespace Workbench.Core.Search;

/// <summary>A concordance request to an index; a null key leaves that side out.</summary>
/// <param name="EnglishKey">A <see cref="SearchKeys.English"/> key, or null.</param>
/// <param name="JapaneseKey">A <see cref="SearchKeys.Japanese"/> key, or null.</param>
/// <param name="Documents">Document names; empty means every document.</param>
/// <param name="Statuses">Auto and/or confirmed; empty means both (rejected pairs are never indexed).</param>
/// <param name="Limit">At most this many pairs.</param>
public sealed record ConcordanceQuery(
    string? EnglishKey,
    string? JapaneseKey,
    IReadOnlyList<string> Documents,
    IReadOnlyList<LinkStatus> Statuses,
    int Limit);
