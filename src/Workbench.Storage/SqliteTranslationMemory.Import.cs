using Dapper;
using Microsoft.Data.Sqlite;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Search;
using Workbench.Core.Storage;

namespace Workbench.Storage;

public sealed partial class SqliteTranslationMemory
{
    /// <summary>
    /// Begins the import's one transaction now and writes the document row, its segments and page metadata on a
    /// thread of its own while the caller aligns (<see cref="DocumentImport"/>); a name clash fails here, before
    /// anything is written.
    /// </summary>
    public IDocumentImport BeginImport(NewDocument document, bool replace)
    {
        DocumentImports.EnsureUnaligned(document);
        return new DocumentImport(this, document, replace);
    }

    /// <summary>
    /// An import whose document and segments are written on another thread while the caller aligns; the connection is
    /// used by one thread at a time (the writer until it ends, then the caller in <see cref="Complete"/> or
    /// <see cref="Dispose"/>, which wait for it). The links, the search index (which needs link ids) and the commit
    /// follow in <see cref="Complete"/>, in the same transaction, so an import abandoned after its segments were written
    /// rolls them back with everything else, and a process killed meanwhile leaves an uncommitted transaction that
    /// SQLite discards.
    /// </summary>
    private sealed class DocumentImport : IDocumentImport
    {
        private readonly SqliteTranslationMemory memory;
        private readonly NewDocument document;
        private readonly SqliteTransaction transaction;
        private readonly Task<long> written;
        private bool completed;

        public DocumentImport(SqliteTranslationMemory memory, NewDocument document, bool replace)
        {
            this.memory = memory;
            this.document = document;
            transaction = memory.connection.BeginTransaction(deferred: false);
            try
            {
                memory.StartWriteBehind();
                var replaced = memory.ExistingDocument(transaction, document.Name, replace);
                written = Task.Factory.StartNew(
                    () => memory.WriteDocument(transaction, document, replaced, contentHash: null),
                    CancellationToken.None,
                    TaskCreationOptions.LongRunning,
                    TaskScheduler.Default);
            }
            catch
            {
                transaction.Dispose();
                throw;
            }
        }

        public long Complete(IReadOnlyList<AlignmentLink> links, IReadOnlyList<LinkSearchKeys?> searchKeys)
        {
            ArgumentNullException.ThrowIfNull(links);
            ArgumentNullException.ThrowIfNull(searchKeys);
            DocumentImports.EnsureNotCompleted(completed);
            completed = true;
            var documentId = written.GetAwaiter().GetResult();
            var aligned = document with { Links = links };
            BeadSequence.Validate(links.Select(l => l.Bead).ToList(), aligned.English.Count, aligned.Japanese.Count);
            // The row was written before the links were known: it takes their version now, and is stamped as imported
            // when it commits, as a whole import stamps it (a link stamped after the row would read as shaped by a
            // reviewer since the import).
            memory.connection.Execute(
                "UPDATE documents SET link_version = @version, imported_at = @importedAt WHERE id = @documentId",
                new { version = LinkVersion(links), importedAt = Timestamps.Format(Timestamps.Now(memory.clock)), documentId },
                transaction);

            memory.WriteLinks(transaction, documentId, aligned, searchKeys);
            memory.CommitWholeDocument(transaction);
            return documentId;
        }

        /// <summary>Waits for the writer (the connection serves one thread at a time), then rolls back unless committed.</summary>
        public void Dispose()
        {
            try
            {
                written.Wait();
            }
            catch (AggregateException)
            {
                // The writer's error is Complete's to report; an import abandoned before it is rolled back all the same.
            }

            transaction.Dispose();
        }
    }
}
