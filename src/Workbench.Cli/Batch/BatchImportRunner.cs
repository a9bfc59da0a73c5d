using System.Globalization;
using System.Threading.Channels;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Import;
using Workbench.Core.Segmentation;
using Workbench.Storage;

namespace Workbench.Cli.Batch;

/// <summary>
/// <c>import --batch DIR</c>: every document <see cref="BatchFolder"/> finds is segmented and aligned on
/// <c>--jobs</c> threads while one writer stores each finished document in its own transaction. A document stored
/// with the same content hash is skipped, so a re-run resumes an interrupted batch; a failure is one line and the rest
/// go on.
/// </summary>
internal static class BatchImportRunner
{
    public static int Run(CommandContext context, string folder, int jobs, bool replace, string? lexicon, DocumentSegmenter segmenter)
    {
        var discovery = BatchFolder.Discover(folder);
        using var memory = context.OpenMemory();
        var target = (IBatchImportTarget)memory;
        var stored = target.GetContentHashes();
        var progress = new BatchProgress(context.Error, discovery.Documents.Count + discovery.Problems.Count);
        foreach (var problem in discovery.Problems)
        {
            progress.Failed(problem);
        }

        var pending = new List<(BatchDocument Document, string Hash)>();
        var (skipped, failed) = (0, discovery.Problems.Count);
        foreach (var document in discovery.Documents)
        {
            string hash;
            try
            {
                hash = document.ContentHash();
            }
            catch (IOException error)
            {
                progress.Failed($"{document.Name}: {error.Message}");
                failed++;
                continue;
            }

            if (stored.TryGetValue(document.Name, out var storedHash))
            {
                if (storedHash == hash)
                {
                    skipped++;
                    progress.Completed(0);
                    continue;
                }

                if (!replace)
                {
                    progress.Failed($"{document.Name}: already stored with other content; use --replace to overwrite it");
                    failed++;
                    continue;
                }
            }

            pending.Add((document, hash));
        }

        var aligner = AlignerFactory.Create(lexicon, memory.GetGlossary());
        var (imported, sentences) = ImportAll(pending, segmenter, aligner, target, replace, jobs, progress, ref failed);
        progress.Finish();
        var seconds = Math.Max(progress.Elapsed.TotalSeconds, 0.001);
        context.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"imported {imported} documents ({sentences} sentences), skipped {skipped} unchanged, {failed} failed in {seconds:F1} s " +
            $"({imported / seconds:F1} documents/s, {sentences / seconds:F0} sentences/s) into {context.DatabaseName}"));
        return failed == 0 ? 0 : WorkbenchCli.InputErrorExitCode;
    }

    private static (int Imported, int Sentences) ImportAll(
        List<(BatchDocument Document, string Hash)> pending, DocumentSegmenter segmenter, IAligner aligner, IBatchImportTarget target, bool replace, int jobs, BatchProgress progress, ref int failed)
    {
        var importer = new DocumentImporter(segmenter, aligner, TimeProvider.System);
        var prepared = Channel.CreateBounded<(NewDocument Document, string Hash)>(new BoundedChannelOptions(Math.Max(2, jobs * 2)) { SingleReader = true });
        var failures = 0;
        var producers = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = jobs }, async (item, cancel) =>
                {
                    NewDocument document;
                    try
                    {
                        document = importer.Prepare(item.Document.ToRequest());
                    }
                    catch (Exception error) when (InputErrors.IsInputError(error))
                    {
                        progress.Failed($"{item.Document.Name}: {InputErrors.Describe(error)}");
                        Interlocked.Increment(ref failures);
                        return;
                    }

                    await prepared.Writer.WriteAsync((document, item.Hash), cancel);
                });
            }
            finally
            {
                prepared.Writer.Complete();
            }
        });

        var (imported, sentences) = (0, 0);
        foreach (var (document, hash) in prepared.Reader.ReadAllAsync().ToBlockingEnumerable())
        {
            try
            {
                target.ImportDocument(document, replace, hash);
                imported++;
                sentences += document.English.Count + document.Japanese.Count;
                progress.Completed(document.English.Count + document.Japanese.Count);
            }
            catch (Exception error) when (InputErrors.IsInputError(error))
            {
                progress.Failed($"{document.Name}: {InputErrors.Describe(error)}");
                Interlocked.Increment(ref failures);
            }
        }

        producers.GetAwaiter().GetResult();
        failed += failures;
        return (imported, sentences);
    }
}
