using Workbench.Core.Documents;
using Workbench.Core.Search;

namespace Workbench.Core.Storage;

/// <summary>
/// One document's import, begun before its alignment is known (<see cref="ITranslationMemory.BeginImport"/>): a
/// store may write the document and its segments while the aligner runs, and <see cref="Complete"/> adds the links
/// and their search index and commits, all in the one transaction the import began with. Disposing an import that
/// was not completed (the aligner failed, the user pressed Ctrl-C) writes nothing: the store stays as it was. The store
/// must not be used for anything else until the import is completed or disposed.
/// </summary>
public interface IDocumentImport : IDisposable
{
    /// <summary>
    /// Stores the links (covering every segment of the begun document, as <see cref="ITranslationMemory.ImportDocument(NewDocument, bool)"/>
    /// requires) with the search keys computed already (<see cref="LinkSearchKeys.OfLinks"/>, one per link; keys that
    /// do not belong to a link's text are recomputed, never stored), commits, and returns the document's id.
    /// </summary>
    long Complete(IReadOnlyList<AlignmentLink> links, IReadOnlyList<LinkSearchKeys?> searchKeys);
}
