using Workbench.Core.Documents;
using Workbench.Core.Terminology;

namespace Workbench.Core.Storage;

/// <summary>
/// The store of documents, segments, alignment links, their edit history and the glossary. Every write is atomic:
/// a failed call leaves the store as it was. A write the database refuses surfaces as
/// <see cref="TranslationMemoryException"/>, never as a database-specific exception.
/// </summary>
public interface ITranslationMemory : IDisposable
{
    /// <summary>Stores a whole document. Throws <see cref="WorkbenchInputException"/> when the name exists and
    /// <paramref name="replace"/> is false.</summary>
    long ImportDocument(NewDocument document, bool replace);

    IReadOnlyList<DocumentSummary> ListDocuments();

    DocumentSummary? FindDocument(string name);

    IReadOnlyList<Segment> GetSegments(long documentId, Language language);

    /// <summary>Links of a document ordered by position.</summary>
    IReadOnlyList<AlignmentLink> GetLinks(long documentId);

    /// <summary>Applies a reviewer edit and records it in the history; clears the redo stack.</summary>
    void ApplyEdit(long documentId, LinkEdit edit);

    /// <summary>Replaces one segment's text and records it in the same history as link edits, so undo and redo
    /// step through both; clears the redo stack. The links are not touched. Throws
    /// <see cref="TranslationMemoryException"/> when the stored text is no longer <see cref="SegmentTextChange.Before"/>.</summary>
    void EditSegmentText(long documentId, string description, SegmentTextChange change);

    /// <summary>Reverts the document's latest applied edit; returns it, or null when there is nothing to undo.</summary>
    LinkEdit? Undo(long documentId);

    /// <summary>Re-applies the latest undone edit; returns it, or null when there is nothing to redo.</summary>
    LinkEdit? Redo(long documentId);

    /// <summary>Pairs with their texts, streamed in document and position order without loading them all.</summary>
    IEnumerable<AlignedPair> StreamPairs(PairQuery query);

    /// <summary>Replaces the stored glossary with <paramref name="entries"/>.</summary>
    void ReplaceGlossary(IReadOnlyList<GlossaryEntry> entries);

    IReadOnlyList<GlossaryEntry> GetGlossary();
}
