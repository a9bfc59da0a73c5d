namespace Workbench.Core.Import;

/// <summary>What <see cref="BatchFolder.Discover"/> found: the documents to import, and one line per file it cannot pair.</summary>
public sealed record BatchDiscovery(IReadOnlyList<BatchDocument> Documents, IReadOnlyList<string> Problems);
