using Workbench.Core.Alignment.Evidence;

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
}
