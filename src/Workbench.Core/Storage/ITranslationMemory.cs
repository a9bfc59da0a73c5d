using Workbench.Core.Documents;
using Workbench.Core.Search;
using Workbench.Core.Terminology;

namespace Workbench.Core.Storage;

/// <summary>
/// The store of documents, segments, alignment links, their edit history and the glossary. Every write is atomic:
/// a failed call leaves the store as it was. A store is opened for one user: the history records who made each edit,
/// and undo and redo step through that user's own edits only. Several users may edit one document at once: edits are
/// checked against the link versions they were based on (optimistic concurrency), so none is lost. A write the
/// database refuses surfaces as <see cref="TranslationMemoryException"/>, never as a database-specific exception.
/// </summary>
public interface ITranslationMemory : IDisposable
{
    /// <summary>Stores a whole document. Throws <see cref="WorkbenchInputException"/> when the name exists and
    /// <paramref name="replace"/> is false.</summary>
    long ImportDocument(NewDocument document, bool replace);

    /// <summary>
    /// Stores a whole document with the search keys of its links computed already (<see cref="LinkSearchKeys.OfLinks"/>,
    /// one per link, null for a one-sided link), so the store does not compute them again. Keys that do not belong to
    /// the link's text are recomputed, never stored. This default ignores them; SQLite uses them.
    /// </summary>
    long ImportDocument(NewDocument document, bool replace, IReadOnlyList<LinkSearchKeys?> searchKeys) => ImportDocument(document, replace);

    /// <summary>
    /// Begins importing a document whose segments are known and whose links are not yet (<paramref name="document"/>
    /// has none): a store may write the document and its segments while the caller aligns, in a transaction that
    /// <see cref="IDocumentImport.Complete"/> commits and disposing without completing rolls back. Throws
    /// <see cref="DocumentExistsException"/> here when the name exists and <paramref name="replace"/> is false. This
    /// default writes nothing before <see cref="IDocumentImport.Complete"/>, which calls
    /// <see cref="ImportDocument(NewDocument, bool, IReadOnlyList{LinkSearchKeys})"/>; SQLite writes the segments
    /// at once on another thread.
    /// </summary>
    IDocumentImport BeginImport(NewDocument document, bool replace) => new DeferredDocumentImport(this, document, replace);

    /// <summary>
    /// Stores several documents (a TMX file's <c>x-document</c>s) all or none: when one name exists and
    /// <paramref name="replace"/> is false, nothing is written. This default checks every name first and then imports
    /// one by one; a backend overrides it to use a single transaction, as SQLite does.
    /// </summary>
    void ImportDocuments(IReadOnlyList<NewDocument> documents, bool replace)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (!replace && documents.FirstOrDefault(d => FindDocument(d.Name) is not null) is { } existing)
        {
            throw new DocumentExistsException(existing.Name);
        }

        foreach (var document in documents)
        {
            ImportDocument(document, replace);
        }
    }

    IReadOnlyList<DocumentSummary> ListDocuments();

    DocumentSummary? FindDocument(string name);

    IReadOnlyList<Segment> GetSegments(long documentId, Language language);

    /// <summary>Links of a document ordered by position.</summary>
    IReadOnlyList<AlignmentLink> GetLinks(long documentId);

    /// <summary>
    /// Applies a reviewer edit and records it in the history under this store's user; clears that user's redo stack.
    /// Returns <see cref="LinkEdit.After"/> as stored, with its new timestamp and version. Throws
    /// <see cref="EditConflictException"/> when a link of <see cref="LinkEdit.Before"/> is no longer stored at the
    /// version the edit names (another reviewer changed it).
    /// </summary>
    IReadOnlyList<AlignmentLink> ApplyEdit(long documentId, LinkEdit edit);

    /// <summary>Replaces one segment's text and records it in this user's history with the link edits, so undo and
    /// redo step through both; clears that user's redo stack. The links are not touched. Throws
    /// <see cref="TranslationMemoryException"/> when the stored text is no longer <see cref="SegmentTextChange.Before"/>
    /// or the backend does not keep text edits.</summary>
    void EditSegmentText(long documentId, string description, SegmentTextChange change) =>
        throw new TranslationMemoryException("this database backend does not store segment text edits yet");

    /// <summary>
    /// Reverts this user's latest applied edit of the document; returns it, or null when there is nothing to undo.
    /// Throws <see cref="EditConflictException"/> when someone has changed those links since.
    /// </summary>
    LinkEdit? Undo(long documentId);

    /// <summary>
    /// Re-applies this user's latest undone edit; returns it, or null when there is nothing to redo. Throws
    /// <see cref="EditConflictException"/> when someone has changed those links since.
    /// </summary>
    LinkEdit? Redo(long documentId);

    /// <summary>Pairs with their texts, streamed in document and position order without loading them all.</summary>
    IEnumerable<AlignedPair> StreamPairs(PairQuery query);

    /// <summary>Replaces the stored glossary with <paramref name="entries"/>.</summary>
    void ReplaceGlossary(IReadOnlyList<GlossaryEntry> entries);

    IReadOnlyList<GlossaryEntry> GetGlossary();

    /// <summary>The concordance and fuzzy index over this memory's pairs, always in step with its writes.</summary>
    IMemorySearchIndex SearchIndex { get; }
}
