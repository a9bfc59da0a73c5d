using BenchmarkDotNet.Attributes;
using Spectre.Console;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Storage;
using Workbench.Tui;

namespace Workbench.Benchmarks;

/// <summary>
/// Keypress to redraw in the review UI on a 20,000-bead document: the key goes through the session (and, for edits,
/// into SQLite), then the visible frame is laid out and turned into the terminal output written in one go.
/// </summary>
[MemoryDiagnoser]
public class ReviewRedrawBenchmarks : IDisposable
{
    private const int Beads = 20_000;

    private static readonly ConsoleKeyInfo Down = new('j', ConsoleKey.J, false, false, false);
    private static readonly ConsoleKeyInfo Up = new('k', ConsoleKey.K, false, false, false);
    private static readonly ConsoleKeyInfo Last = new('G', ConsoleKey.G, true, false, false);
    private static readonly ConsoleKeyInfo First = new('g', ConsoleKey.G, false, false, false);
    private static readonly ConsoleKeyInfo Confirm = new('c', ConsoleKey.C, false, false, false);
    private static readonly ConsoleKeyInfo Undo = new('u', ConsoleKey.U, false, false, false);

    private SqliteTranslationMemory memory = null!;
    private ReviewSession session = null!;
    private readonly ReviewScreen screen = new(termIssues: null);
    private readonly FrameWriter writer = new(ColorSystemSupport.TrueColor, ansi: true);
    private bool down;

    [Params(80, 200)]
    public int Width { get; set; }

    private int Height => Width == 80 ? 24 : 60;

    [GlobalSetup]
    public void Setup()
    {
        memory = SqliteTranslationMemory.OpenInMemory();
        var english = Enumerable.Range(0, Beads)
            .Select(i => new Segment(i, i / 10, i + 1, $"Sentence {i} argues that extended deterrence depends on the credibility of the promise to allies in Europe and Asia."))
            .ToList();
        var japanese = Enumerable.Range(0, Beads)
            .Select(i => new Segment(i, i / 10, i + 1, $"第{i}文は、拡大抑止が欧州とアジアの同盟国への約束の信頼性にかかっていると論じる。"))
            .ToList();
        var links = Enumerable.Range(0, Beads)
            .Select(i => new AlignmentLink(new Bead(i, 1, i, 1, (i % 10) / 10.0), LinkStatus.Auto, DateTimeOffset.UnixEpoch))
            .ToList();
        memory.ImportDocument(new NewDocument("bench", null, null, english, japanese, links), replace: false);
        session = new ReviewSession(memory, new SentenceAligner(), memory.FindDocument("bench")!, ReviewOptions.Default, TimeProvider.System);
        session.HandleKey(new ConsoleKeyInfo('\0', ConsoleKey.PageDown, false, false, false));
        Redraw();
    }

    [Benchmark(Description = "j/k + redraw")]
    public int MoveAndRedraw()
    {
        down = !down;
        session.HandleKey(down ? Down : Up);
        return Redraw();
    }

    [Benchmark(Description = "G/g jump + redraw")]
    public int JumpAndRedraw()
    {
        down = !down;
        session.HandleKey(down ? Last : First);
        return Redraw();
    }

    [Benchmark(Description = "c (SQLite write) + redraw, u + redraw")]
    public int ConfirmUndoAndRedraw()
    {
        session.HandleKey(Confirm);
        var length = Redraw();
        session.HandleKey(Undo);
        return length + Redraw();
    }

    public void Dispose()
    {
        memory.Dispose();
        GC.SuppressFinalize(this);
    }

    private int Redraw() => writer.ToTerminal(screen.Render(session, Width, Height)).Length;
}
