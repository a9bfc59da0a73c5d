using Workbench.Core.Documents;
using Workbench.Core.Search;
using Workbench.Core.Terminology;

namespace Workbench.Core.Storage;

/// <summary>
/// The store of documents, segments, alignment links, their edit history and the glossary. Every write is atomic:
/// a failed call leaves the store as it was.
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

    /// <summary>Reverts the document's latest applied edit; returns it, or null when there is nothing to undo.</summary>
    LinkEdit? Undo(long documentId);

    /// <summary>Re-applies the latest undone edit; returns it, or null when there is nothing to redo.</summary>
    LinkEdit? Redo(long documentId);

    /// <summary>Pairs with their texts, streamed in document and position order without loading them all.</summary>
    IEnumerable<AlignedPair> StreamPairs(PairQuery query);

    /// <summary>Replaces the stored glossary with <paramref name="entries"/>.</summary>
    void ReplaceGlossary(IReadOnlyList<GlossaryEntry> entries);

    IReadOnlyList<GlossaryEntry> GetGlossary();

    /// <summary>The concordance and fuzzy index over this memory's pairs, always in step with its writes.</summary>
    IMemorySearchIndex SearchIndex { get; }
}
