using System.Runtime.ExceptionServices;

namespace Workbench.Core.Alignment.Search;

/// <summary>
/// Hands the rows of a band from a thread that writes per-cell values into a ring of cells to the thread that reads
/// them, row by row: the dynamic programme's rows depend on each other, but what a cell's beads cost before the
/// cells they come from is known in advance, so a second core can work that out a few rows ahead.
/// </summary>
/// <remarks>
/// The writer waits while the row it would write does not fit beside the cells the reader may still read; the reader
/// waits until the row it enters is written. A value the writer computed is the value the reader would have computed
/// (the same code, the same inputs): only where it is computed changes.
/// </remarks>
internal sealed class RowHandoff
{
    private readonly int[] rowOffsets;
    private readonly int capacity;

    /// <summary>Rows [0, writtenRows) are in the ring.</summary>
    private int writtenRows;

    /// <summary>The cells before this one are read and may be overwritten.</summary>
    private int freedCells;

    private volatile bool abandoned;
    private volatile Exception? failure;

    /// <param name="rowOffsets">Row r's cells are [rowOffsets[r], rowOffsets[r + 1]) (<see cref="Band.Offsets"/>).</param>
    /// <param name="capacity">Cells the ring holds: at least the widest row.</param>
    public RowHandoff(int[] rowOffsets, int capacity)
    {
        this.rowOffsets = rowOffsets;
        this.capacity = capacity;
    }

    /// <summary>Starts writing every row with <paramref name="writeRow"/> on a thread of its own.</summary>
    public Task Start(Action<int> writeRow) =>
        Task.Factory.StartNew(() => WriteAll(writeRow), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The reader is done with the rows before <paramref name="row"/>; returns once row is written.</summary>
    public void Enter(int row)
    {
        Volatile.Write(ref freedCells, rowOffsets[row]);
        var spin = default(SpinWait);
        while (Volatile.Read(ref writtenRows) <= row)
        {
            if (failure is { } error)
            {
                ExceptionDispatchInfo.Throw(error);
            }

            spin.SpinOnce(sleep1Threshold: -1);
        }
    }

    /// <summary>The reader stops early (it failed): the writer stops at its next wait.</summary>
    public void Abandon() => abandoned = true;

    private void WriteAll(Action<int> writeRow)
    {
        try
        {
            for (var row = 0; row < rowOffsets.Length - 1; row++)
            {
                var spin = default(SpinWait);
                while (rowOffsets[row + 1] - Volatile.Read(ref freedCells) > capacity)
                {
                    if (abandoned)
                    {
                        return;
                    }

                    spin.SpinOnce(sleep1Threshold: -1);
                }

                writeRow(row);
                Volatile.Write(ref writtenRows, row + 1);
            }
        }
        catch (Exception error)
        {
            // Handed to the reader, which rethrows it; the task itself ends normally so waiting on it never throws.
            failure = error;
        }
    }
}
