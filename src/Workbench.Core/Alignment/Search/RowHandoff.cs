using System.Runtime.ExceptionServices;

namespace Workbench.Core.Alignment.Search;

/// <summary>
/// Hands the rows of a band from a thread that writes per-cell values into a ring of cells to the thread that reads
/// them, row by row: the dynamic programme's rows depend on each other, but what a cell's beads cost before the
/// cells they come from is known in advance, so a second core can work that out a few rows ahead.
/// </summary>
/// <remarks>
/// Each row is claimed once, by the writer (which then writes it into the ring) or by the reader (which then computes
/// it itself): a reader that finds its row unclaimed takes it instead of waiting, so when the writer gets no core (a
/// loaded machine) the reader goes on alone at its own speed; it only waits for a row the writer is in the middle of.
/// The writer claims the next row once it fits beside the cells the reader may still read. A value the writer
/// computes is the value the reader would have computed (the same code, the same inputs): only where it is computed
/// changes.
/// </remarks>
internal sealed class RowHandoff
{
    private readonly int[] rowOffsets;
    private readonly int capacity;

    /// <summary>The next row nobody has claimed; rows are claimed in order, by either side.</summary>
    private int nextRow;

    /// <summary>One past the last row the writer has written.</summary>
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

    private int RowCount => rowOffsets.Length - 1;

    /// <summary>Starts writing rows with <paramref name="writeRow"/> on a thread of its own.</summary>
    public Task Start(Action<int> writeRow) =>
        Task.Factory.StartNew(() => WriteAll(writeRow), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>
    /// The reader is done with the rows before <paramref name="row"/> and enters it: true once the writer has written
    /// it into the ring, false if the reader claimed it and computes it itself. Rows are entered in order.
    /// </summary>
    public bool Enter(int row)
    {
        Volatile.Write(ref freedCells, rowOffsets[row]);
        if (Volatile.Read(ref nextRow) == row && Interlocked.CompareExchange(ref nextRow, row + 1, row) == row)
        {
            return false;
        }

        // The writer claimed the row: it has written it, or is writing it now.
        var spin = default(SpinWait);
        while (Volatile.Read(ref writtenRows) <= row)
        {
            if (failure is { } error)
            {
                ExceptionDispatchInfo.Throw(error);
            }

            spin.SpinOnce(sleep1Threshold: -1);
        }

        return true;
    }

    /// <summary>The reader is done (or failed): the writer stops at its next row.</summary>
    public void Abandon() => abandoned = true;

    /// <summary>Rethrows what made the writer fail, if it did (the reader may have done all its rows alone).</summary>
    public void ThrowIfFailed()
    {
        if (failure is { } error)
        {
            ExceptionDispatchInfo.Throw(error);
        }
    }

    private void WriteAll(Action<int> writeRow)
    {
        try
        {
            var spin = default(SpinWait);
            while (!abandoned)
            {
                var row = Volatile.Read(ref nextRow);
                if (row >= RowCount)
                {
                    return;
                }

                if (rowOffsets[row + 1] - Volatile.Read(ref freedCells) > capacity)
                {
                    // No room until the reader moves on. Nothing waits on the writer meanwhile (the reader claims rows
                    // itself if it catches up), so after a few spins it sleeps rather than burn a core others could use.
                    spin.SpinOnce();
                    continue;
                }

                spin.Reset();

                if (Interlocked.CompareExchange(ref nextRow, row + 1, row) != row)
                {
                    continue;
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
