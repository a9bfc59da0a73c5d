namespace Workbench.Cli;

/// <summary>
/// What Ctrl-C (SIGINT) says before the process ends with exit code 130. A command that never opened the database
/// for writing and never moved an output file into place has written nothing, and says so; otherwise what was
/// committed stays and what was not is rolled back by SQLite, since every write is one transaction. Export files
/// still under their temporary name are removed, so an interrupted export leaves no half-written file.
/// </summary>
internal static class Interruption
{
    public const int ExitCode = 130;

    private static readonly HashSet<string> TemporaryFiles = [];
    private static volatile bool mayHaveWritten;

    /// <summary>Prints the line on <paramref name="stderr"/> when the process is interrupted (once per process).</summary>
    public static void Install(TextWriter stderr)
    {
        Console.CancelKeyPress += (_, _) =>
        {
            string[] temporary;
            lock (TemporaryFiles)
            {
                temporary = [.. TemporaryFiles];
            }

            foreach (var file in temporary)
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // Best effort while the process is going away; the file keeps its temporary name either way.
                }
            }

            stderr.WriteLine(mayHaveWritten
                ? "workbench: interrupted; what was committed stays, the write in progress was rolled back"
                : "workbench: interrupted; nothing was written");
            stderr.Flush();
        };
    }

    /// <summary>Called when a command opens the database for writing or puts an output file in place.</summary>
    public static void MayHaveWritten() => mayHaveWritten = true;

    public static void Track(string temporaryFile)
    {
        lock (TemporaryFiles)
        {
            TemporaryFiles.Add(temporaryFile);
        }
    }

    public static void Untrack(string temporaryFile)
    {
        lock (TemporaryFiles)
        {
            TemporaryFiles.Remove(temporaryFile);
        }
    }
}
