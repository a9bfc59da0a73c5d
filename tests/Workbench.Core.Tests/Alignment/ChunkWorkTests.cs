using System.Runtime.CompilerServices;
using Workbench.Core.Alignment;

namespace Workbench.Core.Tests.Alignment;

public sealed class ChunkWorkTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(64)]
    public void Every_chunk_runs_exactly_once(int chunks)
    {
        var runs = new int[chunks];

        ChunkWork.Run(chunks, chunk => Interlocked.Increment(ref runs[chunk]));

        Assert.All(runs, count => Assert.Equal(1, count));
    }

    [Fact]
    public void A_failure_is_rethrown_once_every_chunk_has_ended()
    {
        var ended = 0;

        var failure = Assert.Throws<InvalidOperationException>(() => ChunkWork.Run(6, chunk =>
        {
            if (chunk == 3)
            {
                throw new InvalidOperationException("chunk 3");
            }

            Thread.Sleep(20);
            Interlocked.Increment(ref ended);
        }));

        Assert.Equal("chunk 3", failure.Message);
        Assert.Equal(5, Volatile.Read(ref ended));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(10, 3)]
    [InlineData(7, 7)]
    [InlineData(40_000, 8)]
    public void Ranges_split_the_items_in_order_each_once(int count, int chunks)
    {
        var owner = new int[count];
        var ranges = new (int Start, int End)[chunks];

        ChunkWork.RunRanges(count, chunks, (chunk, start, end) =>
        {
            ranges[chunk] = (start, end);
            for (var i = start; i < end; i++)
            {
                Interlocked.Increment(ref owner[i]);
            }
        });

        Assert.All(owner, runs => Assert.Equal(1, runs));
        Assert.Equal(0, ranges[0].Start);
        Assert.Equal(count, ranges[^1].End);
        for (var chunk = 1; chunk < chunks; chunk++)
        {
            Assert.Equal(ranges[chunk - 1].End, ranges[chunk].Start);
            Assert.InRange(ranges[chunk].End - ranges[chunk].Start, count / chunks, (count / chunks) + 1);
        }
    }

    [Fact]
    public void A_scratch_serves_one_chunk_at_a_time_and_each_thread_makes_at_most_one()
    {
        const int chunks = 200;
        var made = 0;
        var overlaps = 0;
        var runs = new int[chunks];

        ChunkWork.Run(chunks, () =>
        {
            Interlocked.Increment(ref made);
            return new StrongBox<int>();
        }, (chunk, scratch) =>
        {
            if (Interlocked.Exchange(ref scratch.Value, 1) != 0)
            {
                Interlocked.Increment(ref overlaps);
            }

            Thread.SpinWait(1_000);
            Interlocked.Increment(ref runs[chunk]);
            Volatile.Write(ref scratch.Value, 0);
        });

        Assert.Equal(0, overlaps);
        Assert.All(runs, count => Assert.Equal(1, count));
        Assert.InRange(made, 1, Environment.ProcessorCount);
    }

    [Theory]
    [InlineData(0, 1_000, 1)]
    [InlineData(1_999, 1_000, 1)]
    [InlineData(3_000, 1_000, 3)]
    public void Small_work_gets_few_chunks(int count, int minPerChunk, int expected) =>
        Assert.Equal(Math.Min(expected, 4 * Environment.ProcessorCount), ChunkWork.BalancedChunks(count, minPerChunk));

    [Fact]
    public void Large_work_gets_a_few_chunks_per_core() =>
        Assert.Equal(4 * Environment.ProcessorCount, ChunkWork.BalancedChunks(int.MaxValue, 1));
}
