namespace Workbench.Core.Documents;

/// <summary>Which pairs <see cref="Storage.ITranslationMemory.StreamPairs"/> yields.</summary>
/// <param name="Documents">Document names; empty means all documents.</param>
/// <param name="Statuses">Link statuses to include; empty means all.</param>
/// <param name="IncludeNullBeads">Whether 1-0 and 0-1 beads are included.</param>
public sealed record PairQuery(IReadOnlyList<string> Documents, IReadOnlyList<LinkStatus> Statuses, bool IncludeNullBeads)
{
    public static PairQuery All { get; } = new([], [], IncludeNullBeads: true);
}
