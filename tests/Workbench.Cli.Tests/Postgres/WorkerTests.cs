using System.Diagnostics;
using System.Text;
using Npgsql;
using Workbench.Cli.Tests.Batch;
using Workbench.Core.Tests.Support;
using Workbench.Storage.Tests.Postgres;

namespace Workbench.Cli.Tests.Postgres;

/// <summary><c>import --batch --queue</c> and <c>worker</c> on a real PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class WorkerTests(PostgresServer server) : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [SkippableFact]
    public void Two_workers_share_a_queue_and_store_each_document_once_as_a_local_batch_would()
    {
        var (connectionString, url) = NewDatabase();
        BatchImportTests.WriteCorpus(folder, 12);
        var corpus = folder.PathOf("corpus");

        var queued = CliRun.Invoke("import", "--db", url, "--batch", corpus, "--queue");
        Assert.Equal(0, queued.ExitCode);
        Assert.Contains("queued 12 documents", queued.Output, StringComparison.Ordinal);
        Assert.Contains($"workbench worker --db {url}", queued.Output, StringComparison.Ordinal);
        Assert.Contains("queued 0 documents (12 already", CliRun.Invoke("import", "--db", url, "--batch", corpus, "--queue").Output, StringComparison.Ordinal);

        var workers = Enumerable.Range(0, 2).Select(_ => Task.Run(() => CliRun.Invoke("worker", "--db", url, "--jobs", "2", "--lexicon", "none"))).ToArray();
        Task.WaitAll(workers);

        Assert.All(workers, worker => Assert.True(worker.Result.ExitCode == 0, worker.Result.Error));
        Assert.Equal(12, workers.Sum(worker => ImportedCount(worker.Result.Output)));
        using (var connection = new NpgsqlConnection(connectionString))
        {
            connection.Open();
            Assert.Equal(12L, Scalar(connection, "SELECT COUNT(*) FROM import_queue WHERE state = 'done'"));
            Assert.Equal(12L, Scalar(connection, "SELECT COUNT(*) FROM documents"));
        }

        var local = folder.PathOf("local.db");
        Assert.Equal(0, CliRun.Invoke("import", "--db", local, "--batch", corpus, "--lexicon", "none").ExitCode);
        Assert.Equal(
            CliRun.Invoke("export", "--db", local, "--format", "tsv").Output,
            CliRun.Invoke("export", "--db", url, "--format", "tsv").Output);
    }

    [SkippableFact]
    public void A_worker_killed_mid_document_leaves_nothing_half_written_and_a_restart_completes_the_batch()
    {
        var (connectionString, url) = NewDatabase();
        BatchImportTests.WriteCorpus(folder, 3);
        const int Sentences = 40_000;
        folder.Write("corpus/big/en.txt", Lines(i => $"Sentence number {i} speaks of deterrence and alliances."));
        folder.Write("corpus/big/ja.txt", Lines(i => $"第{i}文は抑止と同盟について述べる。"));
        Assert.Equal(0, CliRun.Invoke("import", "--db", url, "--batch", folder.PathOf("corpus"), "--queue").ExitCode);
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();

        // "big" sorts first: the worker takes it at once and is inside its transaction while aligning it.
        using (var worker = WorkbenchProcess.Start(folder.Path, "worker", "--db", url, "--jobs", "1", "--lexicon", "none"))
        {
            Assert.True(WaitUntilHeld(connection, worker), "the worker never took the big document; the test could not kill it mid-document");
            worker.Kill(entireProcessTree: true);
            worker.WaitForExit();
        }

        Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM documents WHERE name = 'big'"));
        Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM segments WHERE document_id NOT IN (SELECT id FROM documents)"));
        Assert.Equal("pending", Scalar(connection, "SELECT state FROM import_queue WHERE name = 'big'"));

        var restarted = CliRun.Invoke("worker", "--db", url, "--jobs", "2", "--lexicon", "none");

        Assert.Equal(0, restarted.ExitCode);
        Assert.Equal(4L, Scalar(connection, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(4L, Scalar(connection, "SELECT COUNT(*) FROM import_queue WHERE state = 'done'"));
        Assert.Equal((long)Sentences * 2, Scalar(connection, "SELECT COUNT(*) FROM segments s JOIN documents d ON d.id = s.document_id WHERE d.name = 'big'"));
    }

    private static int ImportedCount(string output)
    {
        var marker = output.IndexOf(": imported ", StringComparison.Ordinal) + ": imported ".Length;
        return int.Parse(output[marker..output.IndexOf(' ', marker)], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>True once the job for "big" is locked by the worker's open transaction.</summary>
    private static bool WaitUntilHeld(NpgsqlConnection connection, Process worker)
    {
        var deadline = Stopwatch.StartNew();
        while (!worker.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            // Read without locking: a probe that locked the pending rows itself could make the worker find the
            // queue empty and exit. A row lock puts the locking transaction's id in the row's xmax.
            using var command = new NpgsqlCommand(
                "SELECT COUNT(*) FROM import_queue q JOIN pg_stat_activity a ON a.backend_xid = q.xmax WHERE q.name = 'big' AND q.state = 'pending'",
                connection);
            var held = (long)command.ExecuteScalar()! == 1;
            if (held)
            {
                Thread.Sleep(200);
                return !worker.HasExited;
            }

            Thread.Sleep(20);
        }

        return false;
    }

    private static string Lines(Func<int, string> line)
    {
        var text = new StringBuilder();
        for (var i = 0; i < 40_000; i++)
        {
            text.Append(line(i)).Append('\n');
        }

        return text.ToString();
    }

    private static object? Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    private (string ConnectionString, string Url) NewDatabase()
    {
        Skip.If(server.Unavailable is not null, server.Unavailable);
        var connectionString = server.CreateDatabase();
        return (connectionString, PostgresServer.ToUrl(connectionString));
    }
}
