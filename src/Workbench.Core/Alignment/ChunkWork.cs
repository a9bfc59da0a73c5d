using System.Runtime.ExceptionServices;

namespace Workbench.Core.Alignment;

/// <summary>
/// The aligner's one parallel loop: a few long chunks of work run on the calling thread and the thread pool, each chunk
/// once. Every participating thread claims the next unclaimed chunk until none is left, so the caller never waits for a
/// pool thread that has not started (it takes the chunks itself), and returns when every claimed chunk has finished.
/// What <c>Parallel.For</c> does for the aligner's loops, without its first-call cost: 16–24 ms of type loading,
/// run-time compilation and its event source in the ReadyToRun build, paid on the aligner's critical path.
/// </summary>
internal static class ChunkWork
{
    /// <summary>Chunks per core when chunks differ in cost: a core that finishes early takes another instead of idling.</summary>
    private const int BalancedChunksPerCore = 4;

    /// <summary>
    /// How many chunks share <paramref name="count"/> items of work, none smaller than <paramref name="minPerChunk"/>:
    /// a few per core, or one (run on the calling thread alone) when the work is too small to be worth sharing.
    /// </summary>
    public static int BalancedChunks(int count, int minPerChunk) =>
        Math.Clamp(count / minPerChunk, 1, BalancedChunksPerCore * Environment.ProcessorCount);

    /// <summary>Runs <paramref name="work"/>(c) for every chunk c in [0, <paramref name="chunks"/>); rethrows the first failure once all have ended.</summary>
    public static void Run(int chunks, Action<int> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Run(chunks, static () => (object?)null, (chunk, _) => work(chunk));
    }

    /// <summary>
    /// Runs <paramref name="work"/>(c, start, end) for every chunk c of <paramref name="chunks"/> contiguous ranges
    /// [start, end) that split [0, <paramref name="count"/>) in order, as evenly as integers allow.
    /// </summary>
    public static void RunRanges(int count, int chunks, Action<int, int, int> work)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(work);
        Run(chunks, chunk =>
        {
            var (start, end) = Range(count, chunks, chunk);
            work(chunk, start, end);
        });
    }

    /// <summary>Chunk <paramref name="chunk"/>'s range [Start, End) when <paramref name="chunks"/> contiguous ranges split [0, <paramref name="count"/>) in order.</summary>
    public static (int Start, int End) Range(int count, int chunks, int chunk) =>
        ((int)((long)count * chunk / chunks), (int)((long)count * (chunk + 1) / chunks));

    /// <summary>
    /// Runs <paramref name="work"/>(c, scratch) for every chunk c in [0, <paramref name="chunks"/>). Each participating
    /// thread makes one scratch with <paramref name="newScratch"/> when it claims its first chunk and hands it to every
    /// chunk it runs, so a scratch is never used by two chunks at once and at most one is made per core.
    /// </summary>
    public static void Run<TScratch>(int chunks, Func<TScratch> newScratch, Action<int, TScratch> work)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(chunks);
        ArgumentNullException.ThrowIfNull(newScratch);
        ArgumentNullException.ThrowIfNull(work);
        if (chunks <= 1)
        {
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                work(chunk, newScratch());
            }

            return;
        }

        var run = new Claims<TScratch>(chunks, newScratch, work);
        for (var helper = 1; helper < Math.Min(chunks, Environment.ProcessorCount); helper++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static state => ((Claims<TScratch>)state!).ClaimAll(), run);
        }

        run.ClaimAll();
        run.Finished.Wait();
        run.Failure?.Throw();
    }

    private sealed class Claims<TScratch>(int chunks, Func<TScratch> newScratch, Action<int, TScratch> work)
    {
        private int claimed = -1;
        private ExceptionDispatchInfo? failure;

        public CountdownEvent Finished { get; } = new(chunks);

        public ExceptionDispatchInfo? Failure => failure;

        public void ClaimAll()
        {
            var hasScratch = false;
            TScratch scratch = default!;
            int chunk;
            while ((chunk = Interlocked.Increment(ref claimed)) < chunks)
            {
                try
                {
                    if (!hasScratch)
                    {
                        scratch = newScratch();
                        hasScratch = true;
                    }

                    work(chunk, scratch);
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
                }
                finally
                {
                    Finished.Signal();
                }
            }
        }
    }
}
