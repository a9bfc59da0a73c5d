using Workbench.Core.Alignment.Search;

namespace Workbench.Core.Tests.Alignment.Search;

public sealed class RowHandoffTests
{
    [Fact]
    public async Task The_reader_sees_every_row_the_writer_claimed_as_written_and_claims_the_others_itself()
    {
        // Rows of uneven widths through a ring of exactly the widest row: the writer is held back at every row, and
        // the reader, slowed down on some rows, lets the writer get ahead on others.
        var random = new Random(5);
        var widths = Enumerable.Range(0, 3000).Select(_ => 1 + random.Next(40)).ToArray();
        var offsets = new int[widths.Length + 1];
        for (var row = 0; row < widths.Length; row++)
        {
            offsets[row + 1] = offsets[row] + widths[row];
        }

        var capacity = widths.Max();
        var ring = new long[capacity];
        var writes = new int[widths.Length];
        var handoff = new RowHandoff(offsets, capacity);
        var writer = handoff.Start(row =>
        {
            writes[row]++;
            for (var cell = offsets[row]; cell < offsets[row + 1]; cell++)
            {
                ring[cell % capacity] = ((long)row << 32) | (uint)cell;
            }
        });

        var written = 0;
        for (var row = 0; row < widths.Length; row++)
        {
            if (row % 7 == 0)
            {
                Thread.SpinWait(20_000);
            }

            if (!handoff.Enter(row))
            {
                continue;
            }

            written++;
            Assert.Equal(1, writes[row]);
            for (var cell = offsets[row]; cell < offsets[row + 1]; cell++)
            {
                Assert.Equal(((long)row << 32) | (uint)cell, ring[cell % capacity]);
            }
        }

        handoff.Abandon();
        await writer.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(written > 0, "the writer wrote no row: the test says little");
        Assert.Equal(written, writes.Sum());
        Assert.All(writes, count => Assert.InRange(count, 0, 1));
    }

    [Fact]
    public async Task A_writer_that_fails_has_its_error_thrown_to_the_reader()
    {
        var handoff = new RowHandoff([0, 2, 4, 6], capacity: 2);
        var writer = handoff.Start(row => throw new InvalidOperationException($"row {row} failed"));
        await writer.WaitAsync(TimeSpan.FromSeconds(30));

        // The writer claimed row 0 and failed in it: the reader waiting for it gets the error.
        var error = Assert.Throws<InvalidOperationException>(() => handoff.Enter(0));

        Assert.Equal("row 0 failed", error.Message);
        Assert.Throws<InvalidOperationException>(handoff.ThrowIfFailed);
    }

    [Fact]
    public async Task A_reader_that_stops_early_lets_the_writer_end()
    {
        var handoff = new RowHandoff([0, 2, 4, 6, 8], capacity: 2);
        var writer = handoff.Start(_ => { });
        handoff.Enter(0);

        handoff.Abandon();

        await writer.WaitAsync(TimeSpan.FromSeconds(30));
        handoff.ThrowIfFailed();
    }

    [Fact]
    public void A_reader_alone_claims_every_row()
    {
        var handoff = new RowHandoff([0, 2, 4, 6], capacity: 2);

        Assert.All(Enumerable.Range(0, 3), row => Assert.False(handoff.Enter(row)));
    }
}
