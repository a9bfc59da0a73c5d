using Workbench.Core.Terminology;

namespace Workbench.Storage;

/// <summary>
/// A memory read or written whole, history included: what <c>workbench copy</c> moves between backends, and what a
/// lost-update check replays. Every backend implements it beside <see cref="Core.Storage.ITranslationMemory"/>.
/// </summary>
public interface ITranslationMemoryArchive
{
    /// <summary>A document's history entries, every user's, in the order they were applied.</summary>
    IReadOnlyList<HistoryEntry> GetHistory(long documentId);

    /// <summary>Every document with its history, in name order, one at a time.</summary>
    IEnumerable<ArchivedDocument> ReadArchive();

    /// <summary>
    /// Writes <paramref name="documents"/> and the glossary into this memory, which must hold no document and no
    /// glossary, in one transaction: on any error nothing is written.
    /// </summary>
    void WriteArchive(IEnumerable<ArchivedDocument> documents, IReadOnlyList<GlossaryEntry> glossary);
}
