using Workbench.Core.Documents;

namespace Workbench.Storage;

/// <summary>What <c>import --batch</c> and the batch workers need of a memory beyond <see cref="Core.Storage.ITranslationMemory"/>.</summary>
public interface IBatchImportTarget
{
    /// <summary>The content hash each stored document was imported with (null when imported otherwise), by name.</summary>
    IReadOnlyDictionary<string, string?> GetContentHashes();

    /// <summary>As <see cref="Core.Storage.ITranslationMemory.ImportDocument"/>, recording the hash of the files in the same transaction.</summary>
    long ImportDocument(NewDocument document, bool replace, string? contentHash);
}
