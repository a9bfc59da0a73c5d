using System.Diagnostics;
using System.Globalization;

namespace Workbench.Cli.Batch;

/// <summary>
/// The batch's progress line (documents, sentences/s, ETA), redrawn in place on a terminal's standard error and not
/// drawn at all when stderr is redirected; failures are printed above it, one line each.
/// </summary>
internal sealed class BatchProgress(TextWriter error, int total)
{
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(250);

    private readonly bool interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Lock gate = new();
    private TimeSpan lastDrawn = TimeSpan.MinValue;

    public int Done { get; private set; }

    public int Sentences { get; private set; }

    public TimeSpan Elapsed => clock.Elapsed;

    public void Completed(int sentences)
    {
        lock (gate)
        {
            Done++;
            Sentences += sentences;
            Draw(force: Done == total);
        }
    }

    public void Failed(string line)
    {
        lock (gate)
        {
            Done++;
            Clear();
            error.WriteLine($"workbench: {line}");
            Draw(force: true);
        }
    }

    public void Finish()
    {
        lock (gate)
        {
            Clear();
        }
    }

    private void Draw(bool force)
    {
        if (!interactive || (!force && clock.Elapsed - lastDrawn < RedrawInterval))
        {
            return;
        }

        lastDrawn = clock.Elapsed;
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        var rate = Done / seconds;
        var eta = rate > 0 ? TimeSpan.FromSeconds((total - Done) / rate) : TimeSpan.Zero;
        var width = Math.Max(10, Math.Min(30, Console.WindowWidth - 60));
        var filled = total == 0 ? width : width * Done / total;
        error.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"\r[{new string('#', filled)}{new string('.', width - filled)}] {Done}/{total} documents, {Sentences / seconds:F0} sentences/s, ETA {eta:hh\\:mm\\:ss}  "));
    }

    private void Clear()
    {
        if (interactive)
        {
            error.Write("\r\u001b[2K");
        }
    }
}
