using Dapper;
using Npgsql;
using Workbench.Core;
using Workbench.Core.Documents;

namespace Workbench.Storage.Postgres;

/// <summary>
/// The batch import queue in PostgreSQL (table <c>import_queue</c>). Any number of workers on any number of machines
/// take jobs with <c>FOR UPDATE SKIP LOCKED</c> and store each document in the transaction that holds its job's lock:
/// a document is never done twice, and a worker that dies mid-document leaves no rows and its job pending.
/// </summary>
public static class PostgresImportQueue
{
    /// <summary>The channel <c>import --batch --queue</c> notifies, so waiting workers (<c>--follow</c>) wake at once.</summary>
    public const string Channel = "workbench_import_queue";

    /// <summary>Outcome of one <see cref="ProcessNext"/>.</summary>
    public enum Outcome
    {
        Empty,
        Imported,
        Failed,
    }

    /// <summary>
    /// Enqueues the documents in one transaction; one already stored or already pending with the same content is
    /// skipped. Returns how many were queued and skipped.
    /// </summary>
    public static (int Queued, int Skipped) Enqueue(PostgresTranslationMemory memory, IEnumerable<QueuedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(documents);
        var connection = memory.Connection;
        using var transaction = connection.BeginTransaction();
        var (queued, skipped) = (0, 0);
        foreach (var document in documents)
        {
            var known = connection.ExecuteScalar<bool>(
                "SELECT EXISTS (SELECT 1 FROM documents WHERE name = @Name AND content_hash = @ContentHash) " +
                "OR EXISTS (SELECT 1 FROM import_queue WHERE name = @Name AND content_hash = @ContentHash AND state = 'pending')",
                new { document.Name, document.ContentHash },
                transaction);
            if (known)
            {
                skipped++;
                continue;
            }

            connection.Execute(
                "INSERT INTO import_queue (name, en_source, ja_source, en_content, ja_content, content_hash, replace) " +
                "VALUES (@Name, @EnglishSource, @JapaneseSource, @English, @Japanese, @ContentHash, @Replace)",
                document,
                transaction);
            queued++;
        }

        connection.Execute($"NOTIFY {Channel}", transaction: transaction);
        transaction.Commit();
        return (queued, skipped);
    }

    /// <summary>Jobs still pending (taken ones included), for progress and tests.</summary>
    public static long Pending(PostgresTranslationMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        return memory.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM import_queue WHERE state = 'pending'");
    }

    /// <summary>
    /// Takes the oldest pending job nobody holds, prepares it with <paramref name="prepare"/> (segmenting and
    /// aligning; a <see cref="WorkbenchInputException"/> marks the job failed with its message) and stores the document,
    /// all in one transaction.
    /// </summary>
    public static (Outcome Outcome, string Name, int Sentences, string? Error) ProcessNext(
        PostgresTranslationMemory memory, string worker, Func<QueuedDocument, NewDocument> prepare)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(prepare);
        var connection = memory.Connection;
        using var transaction = connection.BeginTransaction();
        var job = connection.QuerySingleOrDefault<QueuedJobRow>(
            "SELECT id AS \"Id\", name AS \"Name\", en_source AS \"EnglishSource\", ja_source AS \"JapaneseSource\", en_content AS \"English\", ja_content AS \"Japanese\", content_hash AS \"ContentHash\", replace AS \"Replace\" FROM import_queue " +
            "WHERE state = 'pending' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED",
            transaction: transaction);
        if (job is null)
        {
            return (Outcome.Empty, string.Empty, 0, null);
        }

        var queued = new QueuedDocument(job.Name, job.EnglishSource, job.JapaneseSource, job.English, job.Japanese, job.ContentHash, job.Replace);
        try
        {
            var document = prepare(queued);
            var storedHash = connection.ExecuteScalar<string?>("SELECT content_hash FROM documents WHERE name = @Name", new { job.Name }, transaction);
            if (storedHash != job.ContentHash)
            {
                memory.InsertDocument(transaction, document, job.Replace, Timestamps.Now(TimeProvider.System), job.ContentHash);
            }

            connection.Execute(
                "UPDATE import_queue SET state = 'done', worker = @worker, finished_at = now(), en_content = NULL, ja_content = NULL WHERE id = @Id",
                new { worker, job.Id },
                transaction);
            transaction.Commit();
            return (Outcome.Imported, job.Name, document.English.Count + document.Japanese.Count, null);
        }
        catch (WorkbenchInputException error)
        {
            // Nothing of the document was written (input is checked before the first insert); record why and move on.
            connection.Execute(
                "UPDATE import_queue SET state = 'failed', worker = @worker, finished_at = now(), error = @Message WHERE id = @Id",
                new { worker, error.Message, job.Id },
                transaction);
            transaction.Commit();
            return (Outcome.Failed, job.Name, 0, error.Message);
        }
    }

    /// <summary>Waits up to <paramref name="timeout"/> for <c>import --batch --queue</c> to announce new jobs.</summary>
    public static void WaitForJobs(PostgresTranslationMemory memory, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(memory);
        var connection = memory.Connection;
        connection.Execute($"LISTEN {Channel}");
        try
        {
            connection.Wait(timeout);
        }
        finally
        {
            connection.Execute($"UNLISTEN {Channel}");
        }
    }
}
