using Workbench.Core.Documents;
using Workbench.Core.Search;

namespace Workbench.Core.Storage;

/// <summary>
/// The import of a store that writes nothing before the links are known: the name is checked when the import begins
/// (so a clash fails before the alignment), and <see cref="Complete"/> stores the whole document in one call.
/// </summary>
internal sealed class DeferredDocumentImport : IDocumentImport
{
    private readonly ITranslationMemory memory;
    private readonly NewDocument document;
    private readonly bool replace;
    private bool completed;

    public DeferredDocumentImport(ITranslationMemory memory, NewDocument document, bool replace)
    {
        DocumentImports.EnsureUnaligned(document);
        if (!replace && memory.FindDocument(document.Name) is not null)
        {
            throw new DocumentExistsException(document.Name);
        }

        (this.memory, this.document, this.replace) = (memory, document, replace);
    }

    public long Complete(IReadOnlyList<AlignmentLink> links, IReadOnlyList<LinkSearchKeys?> searchKeys)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(searchKeys);
        DocumentImports.EnsureNotCompleted(completed);
        completed = true;
        return memory.ImportDocument(document with { Links = links }, replace, searchKeys);
    }

    public void Dispose()
    {
    }
}
