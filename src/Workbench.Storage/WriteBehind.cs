using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Workbench.Storage;

/// <summary>
/// Asks the operating system, on a thread of its own, to start writing a database's files to disk while the import
/// still runs, so that the syncs its checkpoint must wait for find the pages already written. With
/// <c>synchronous = NORMAL</c> an import's pages go to the log (<c>-wal</c>) as the page cache spills them, unsynced;
/// the checkpoint then syncs the log (the whole import, ≈ 30 MB for the 40,000-sentence pair), copies it into the
/// database file and syncs that: 54–136 ms of waiting each on the shared test machine (strace), at the end of the
/// command, after the last CPU work. Here Linux's <c>sync_file_range(SYNC_FILE_RANGE_WRITE)</c> starts the write-back
/// of whatever is dirty in both files every 15 ms (it neither waits for the disk nor syncs metadata): the log while the
/// import writes it, the database file while the checkpoint copies into it. It only moves when pages reach the disk:
/// every sync SQLite makes still happens, so durability is exactly what it was. Elsewhere than Linux, and when a file
/// cannot be opened, it does nothing.
/// </summary>
internal sealed class WriteBehind : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(15);
    private readonly ManualResetEventSlim stopped = new();
    private readonly Thread? thread;
    private bool disposed;

    private WriteBehind(string databasePath)
    {
        thread = new Thread(() => Run(databasePath)) { IsBackground = true, Name = "write-behind" };
        thread.Start();
    }

    private WriteBehind()
    {
    }

    /// <summary>Starts writing <paramref name="databasePath"/> and its <c>-wal</c> behind until disposed.</summary>
    public static WriteBehind Start(string databasePath) =>
        OperatingSystem.IsLinux() && !string.IsNullOrEmpty(databasePath) ? new WriteBehind(databasePath) : new WriteBehind();

    /// <summary>Whether its thread is still writing (tests).</summary>
    public bool Running => thread?.IsAlive == true;

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        stopped.Set();
        thread?.Join();
        stopped.Dispose();
    }

    private void Run(string databasePath)
    {
        using var database = TryOpen(databasePath);
        SafeFileHandle? log = null;
        try
        {
            do
            {
                log ??= TryOpen(databasePath + "-wal");
                StartWriting(database);
                StartWriting(log);
            }
            while (!stopped.Wait(Interval));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without sync_file_range (or none by that name): a hint not given, nothing else changes; an
            // exception left on this thread would end the process.
        }
        finally
        {
            log?.Dispose();
        }
    }

    private static SafeFileHandle? TryOpen(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A hint: an error (a file system without write-back) changes nothing, so it is not checked.</summary>
    private static void StartWriting(SafeFileHandle? file)
    {
        if (file is null || file.IsInvalid)
        {
            return;
        }

        var added = false;
        try
        {
            file.DangerousAddRef(ref added);
            _ = SyncFileRange((int)file.DangerousGetHandle(), 0, 0, SyncFileRangeWrite);
        }
        finally
        {
            if (added)
            {
                file.DangerousRelease();
            }
        }
    }

    private const uint SyncFileRangeWrite = 2;

    [DllImport("libc", EntryPoint = "sync_file_range")]
    private static extern int SyncFileRange(int fd, long offset, long bytes, uint flags);
}
