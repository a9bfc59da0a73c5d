using Workbench.Core.Alignment.Search;

namespace Workbench.Core.Tests.Alignment.Search;

public sealed class RowHandoffTests
{
    [Fact]
    public async Task The_reader_sees_every_row_as_written_through_a_ring_as_small_as_the_widest_row()
    {
        // Rows of uneven widths; a ring of exactly the widest row makes the two threads wait on each other at every row.
        var random = new Random(5);
        var widths = Enumerable.Range(0, 3000).Select(_ => 1 + random.Next(40)).ToArray();
        var offsets = new int[widths.Length + 1];
        for (var row = 0; row < widths.Length; row++)
        {
            offsets[row + 1] = offsets[row] + widths[row];
        }

        var capacity = widths.Max();
        var ring = new long[capacity];
        var handoff = new RowHandoff(offsets, capacity);
        var writer = handoff.Start(row =>
        {
            for (var cell = offsets[row]; cell < offsets[row + 1]; cell++)
            {
                ring[cell % capacity] = ((long)row << 32) | (uint)cell;
            }
        });

        for (var row = 0; row < widths.Length; row++)
        {
            handoff.Enter(row);
            for (var cell = offsets[row]; cell < offsets[row + 1]; cell++)
            {
                Assert.Equal(((long)row << 32) | (uint)cell, ring[cell % capacity]);
            }
        }

        await writer.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_writer_that_fails_makes_the_reader_throw_its_error_instead_of_waiting_for_ever()
    {
        var handoff = new RowHandoff([0, 2, 4, 6], capacity: 2);
        var writer = handoff.Start(row => throw new InvalidOperationException($"row {row} failed"));

        var error = Assert.Throws<InvalidOperationException>(() => handoff.Enter(0));

        Assert.Equal("row 0 failed", error.Message);
        await writer.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_reader_that_stops_early_lets_the_writer_end()
    {
        var handoff = new RowHandoff([0, 2, 4, 6, 8], capacity: 2);
        var writer = handoff.Start(_ => { });
        handoff.Enter(0);

        handoff.Abandon();

        await writer.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
