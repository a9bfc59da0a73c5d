using System.Runtime.ExceptionServices;

namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// Runs a few long chunks of work on the calling thread and the thread pool, each chunk once: every participating
/// thread claims the next unclaimed chunk until none is left, so the caller never waits for a pool thread that has not
/// started (it takes the chunks itself), and returns when every claimed chunk has finished. What <c>Parallel.For</c> does
/// for a loop of a handful of iterations, without its first-call cost: 16–24 ms of type loading, run-time compilation
/// and its event source in the ReadyToRun build, paid on the aligner's critical path by the first extraction.
/// </summary>
internal sealed class ChunkWork
{
    private readonly int chunks;
    private readonly Action<int> work;
    private readonly CountdownEvent finished;
    private int claimed = -1;
    private ExceptionDispatchInfo? failure;

    private ChunkWork(int chunks, Action<int> work)
    {
        this.chunks = chunks;
        this.work = work;
        finished = new CountdownEvent(chunks);
    }

    /// <summary>Runs <paramref name="work"/>(c) for every chunk c in [0, <paramref name="chunks"/>); rethrows the first failure once all have ended.</summary>
    public static void Run(int chunks, Action<int> work)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(chunks);
        ArgumentNullException.ThrowIfNull(work);
        if (chunks <= 1)
        {
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                work(chunk);
            }

            return;
        }

        var run = new ChunkWork(chunks, work);
        for (var helper = 1; helper < Math.Min(chunks, Environment.ProcessorCount); helper++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static state => ((ChunkWork)state!).ClaimAll(), run);
        }

        run.ClaimAll();
        run.finished.Wait();
        run.failure?.Throw();
    }

    private void ClaimAll()
    {
        int chunk;
        while ((chunk = Interlocked.Increment(ref claimed)) < chunks)
        {
            try
            {
                work(chunk);
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            }
            finally
            {
                finished.Signal();
            }
        }
    }
}
