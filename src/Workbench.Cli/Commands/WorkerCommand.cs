using System.CommandLine;
using System.Globalization;
using Workbench.Core;
using Workbench.Cli.Batch;
using Workbench.Core.Documents;
using Workbench.Core.Import;
using Workbench.Storage;
using Workbench.Storage.Postgres;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench worker --db postgresql://… [--jobs N] [--follow]</c>: aligns and stores documents from the PostgreSQL
/// import queue (<c>import --batch DIR --queue</c>) until it is empty, or waits for more with <c>--follow</c>. Run as
/// many as you like on as many machines: each job is taken by one worker, and a killed worker's job is taken again.
/// </summary>
internal static class WorkerCommand
{
    private static readonly TimeSpan FollowPoll = TimeSpan.FromSeconds(5);

    public static Command Create(CommandContextFactory contexts)
    {
        var jobs = WholeNumberOption.Create("--jobs", "Documents processed at once (default: all cores)", 1, 1_024, () => Environment.ProcessorCount, "-j");
        var follow = new Option<bool>("--follow") { Description = "Keep waiting for new jobs instead of exiting when the queue is empty" };
        var lexicon = new Option<string?>("--lexicon") { Description = AlignerFactory.LexiconOptionDescription };
        var command = new Command("worker", "Align and store documents queued with `import --batch DIR --queue` (PostgreSQL)") { jobs, follow, lexicon };
        contexts.SetAction(command, (parsed, context) =>
        {
            if (!TranslationMemoryFactory.IsPostgres(context.DatabasePath))
            {
                throw new WorkbenchInputException("worker needs a PostgreSQL --db (postgresql://…) holding the import queue");
            }

            var threads = parsed.GetValue(jobs);

            var workerName = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{Environment.ProcessId}");
            using var first = (PostgresTranslationMemory)context.OpenMemory();
            var importer = new DocumentImporter(SourceReading.DefaultSegmenter, AlignerFactory.Create(parsed.GetValue(lexicon), first.GetGlossary()), TimeProvider.System);
            var progress = new BatchProgress(context.Error, 0);
            var (imported, sentences, failed) = (0, 0, 0);
            var keepWaiting = parsed.GetValue(follow);
            var workers = Enumerable.Range(0, threads).Select(index => Task.Factory.StartNew(
                () =>
                {
                    using var memory = index == 0 ? null : (PostgresTranslationMemory)context.OpenMemory();
                    var own = memory ?? first;
                    while (true)
                    {
                        var (outcome, name, count, error) = PostgresImportQueue.ProcessNext(own, workerName, job => Prepare(importer, job));
                        switch (outcome)
                        {
                            case PostgresImportQueue.Outcome.Imported:
                                Interlocked.Increment(ref imported);
                                Interlocked.Add(ref sentences, count);
                                break;
                            case PostgresImportQueue.Outcome.Failed:
                                Interlocked.Increment(ref failed);
                                progress.Failed($"{name}: {error}");
                                break;
                            case PostgresImportQueue.Outcome.Empty when keepWaiting:
                                PostgresImportQueue.WaitForJobs(own, FollowPoll);
                                break;
                            default:
                                return;
                        }
                    }
                },
                TaskCreationOptions.LongRunning)).ToArray();
            // The first worker's error, unwrapped, so that a lost server is one line and exit code 2 like any input error.
            Task.WhenAll(workers).GetAwaiter().GetResult();
            var seconds = Math.Max(progress.Elapsed.TotalSeconds, 0.001);
            context.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"worker {workerName}: imported {imported} documents ({sentences} sentences), {failed} failed in {seconds:F1} s " +
                $"({imported / seconds:F1} documents/s, {sentences / seconds:F0} sentences/s); the queue is empty"));
            return 0;
        });
        return command;
    }

    /// <summary>Segments and aligns a queued job from its stored bytes, under the file names it was queued from.</summary>
    private static NewDocument Prepare(DocumentImporter importer, QueuedDocument job)
    {
        var scratch = Directory.CreateTempSubdirectory("workbench-job-");
        try
        {
            var japanese = Path.Combine(scratch.FullName, "ja" + Path.GetExtension(job.JapaneseSource));
            File.WriteAllBytes(japanese, job.Japanese);
            string? english = null;
            if (job.English is not null)
            {
                english = Path.Combine(scratch.FullName, "en" + Path.GetExtension(job.EnglishSource ?? ".txt"));
                File.WriteAllBytes(english, job.English);
            }

            try
            {
                return importer.Prepare(new ImportRequest(job.Name, english, japanese)) with
                {
                    EnglishSource = job.EnglishSource,
                    JapaneseSource = job.JapaneseSource,
                };
            }
            catch (WorkbenchInputException error)
            {
                var message = error.Message.Replace(japanese, job.JapaneseSource, StringComparison.Ordinal);
                message = english is null ? message : message.Replace(english, job.EnglishSource, StringComparison.Ordinal);
                throw new WorkbenchInputException(message, error);
            }
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}
