using System.Diagnostics;
using Workbench.Core.Tests.Support;

namespace Workbench.Cli.Tests;

/// <summary>
/// Ctrl-C (SIGINT) on the real process: exit 130 with one line saying whether anything was written. The command is
/// held mid-way by giving it a named pipe as its input file, which blocks its read until the test interrupts it.
/// </summary>
public sealed class InterruptionTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Interrupting_a_command_that_only_reads_says_nothing_was_written()
    {
        var pipe = NamedPipe("en.txt");

        var (exitCode, error) = InterruptWhileReading("segment", "--lang", "en", pipe);

        Assert.Equal(130, exitCode);
        Assert.Equal("workbench: interrupted; nothing was written", error.Trim());
    }

    [Fact]
    public void Interrupting_an_import_while_it_reads_its_inputs_says_nothing_was_written_and_creates_no_database()
    {
        var pipe = NamedPipe("en.txt");
        var ja = folder.Write("ja.txt", "抑止。\n");
        var database = folder.PathOf("tm.db");

        var (exitCode, error) = InterruptWhileReading("import", "--en", pipe, "--ja", ja, "--db", database);

        Assert.Equal(130, exitCode);
        Assert.Equal("workbench: interrupted; nothing was written", error.Trim());
        Assert.False(File.Exists(database), "the inputs are read before the database is opened");
    }

    private string NamedPipe(string name)
    {
        var path = folder.PathOf(name);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    /// <summary>Starts workbench, waits until it is blocked opening the pipe, sends SIGINT.</summary>
    private (int ExitCode, string Error) InterruptWhileReading(params string[] args)
    {
        using var process = WorkbenchProcess.Start(folder.Path, args);
        var error = process.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow + Patience;
        while (!IsBlockedOnPipe(process.Id))
        {
            Assert.True(DateTime.UtcNow < deadline && !process.HasExited, "workbench never opened the pipe");
            Thread.Sleep(50);
        }

        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(Patience), "workbench did not stop on SIGINT");
        return (process.ExitCode, error.Result);
    }

    /// <summary>Opening a FIFO for reading blocks the main thread in the kernel's <c>wait_for_partner</c> until a writer comes.</summary>
    private static bool IsBlockedOnPipe(int processId)
    {
        try
        {
            // The main thread only: the runtime's debugger thread waits on a FIFO of its own from start-up.
            return File.ReadAllText($"/proc/{processId}/wchan") == "wait_for_partner";
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
