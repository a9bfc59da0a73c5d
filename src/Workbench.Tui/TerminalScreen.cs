using System.Runtime.InteropServices;
using Spectre.Console;

namespace Workbench.Tui;

/// <summary>
/// Owns the real terminal while the review runs: alternate screen, hidden cursor, Ctrl-C read as a key. The
/// terminal is given back as it was on dispose, on an exception that unwinds through <c>using</c>, and on
/// SIGTERM/SIGHUP/SIGQUIT.
/// </summary>
public sealed class TerminalScreen : IDisposable
{
    private const string EnterAlternateScreen = "\u001b[?1049h\u001b[?25l\u001b[2J";
    private const string LeaveAlternateScreen = "\u001b[0m\u001b[?25h\u001b[?1049l";
    private const string ClearScreen = "\u001b[2J";
    private const int FallbackWidth = 80;
    private const int FallbackHeight = 24;

    private readonly FrameWriter writer;
    private readonly TimeSpan pollInterval;
    private readonly bool controlCWasInput;
    private readonly List<PosixSignalRegistration> signals = [];
    private int restored;

    public TerminalScreen(TimeSpan pollInterval)
    {
        this.pollInterval = pollInterval;
        writer = new FrameWriter(ToSupport(AnsiConsole.Profile.Capabilities.ColorSystem), ansi: true);
        controlCWasInput = Console.TreatControlCAsInput;
        Console.TreatControlCAsInput = true;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
        {
            signals.Add(PosixSignalRegistration.Create(signal, _ => Restore()));
        }

        Write(EnterAlternateScreen);
    }

    /// <summary>Draws the frame <paramref name="render"/> makes for the terminal's size, redraws it whenever the
    /// terminal is resized, and returns the next key.</summary>
    public ConsoleKeyInfo NextKey(Func<int, int, ScreenFrame> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        var size = Size();
        Write(writer.ToTerminal(render(size.Width, size.Height)));
        while (!Console.KeyAvailable)
        {
            Thread.Sleep(pollInterval);
            var now = Size();
            if (now != size)
            {
                size = now;
                Write(ClearScreen + writer.ToTerminal(render(size.Width, size.Height)));
            }
        }

        return Console.ReadKey(intercept: true);
    }

    public void Dispose()
    {
        Restore();
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        foreach (var signal in signals)
        {
            signal.Dispose();
        }
    }

    private void Restore()
    {
        if (Interlocked.Exchange(ref restored, 1) == 1)
        {
            return;
        }

        Write(LeaveAlternateScreen);
        Console.TreatControlCAsInput = controlCWasInput;
    }

    private void OnProcessExit(object? sender, EventArgs e) => Restore();

    private static (int Width, int Height) Size()
    {
        var width = Console.WindowWidth;
        var height = Console.WindowHeight;
        return (width > 0 ? width : FallbackWidth, height > 0 ? height : FallbackHeight);
    }

    private static void Write(string text)
    {
        Console.Out.Write(text);
        Console.Out.Flush();
    }

    private static ColorSystemSupport ToSupport(ColorSystem colors) => colors switch
    {
        ColorSystem.TrueColor => ColorSystemSupport.TrueColor,
        ColorSystem.EightBit => ColorSystemSupport.EightBit,
        ColorSystem.Standard => ColorSystemSupport.Standard,
        ColorSystem.Legacy => ColorSystemSupport.Legacy,
        _ => ColorSystemSupport.NoColors,
    };
}
