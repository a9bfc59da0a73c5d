using BenchmarkDotNet.Attributes;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Review;
using Workbench.Storage;
using Workbench.Tui;

namespace Workbench.Benchmarks;

/// <summary>
/// Keypress to drawn frame in the review UI on a 20,000-bead document: the key enters Terminal.Gui (headless ANSI
/// driver), goes through the key map to the session (and, for edits, into SQLite), then the application lays out and
/// draws the window into the driver's cells and renders them to the ANSI output it would write to the terminal.
/// </summary>
[MemoryDiagnoser]
public class ReviewRedrawBenchmarks : IDisposable
{
    private const int Beads = 20_000;

    private static readonly InputInjectionOptions Direct = new() { Mode = InputInjectionMode.Direct };

    private SqliteTranslationMemory memory = null!;
    private IApplication app = null!;
    private IInputInjector injector = null!;
    private ReviewWindow window = null!;
    private SessionToken? token;
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
        var session = new ReviewSession(memory, new SentenceAligner(), memory.FindDocument("bench")!, ReviewOptions.Default, TimeProvider.System);
        app = Application.Create();
        app.Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(Width, Height);
        window = new ReviewWindow(app, session, termIssues: null, termClusters: null);
        token = app.Begin(window);
        injector = app.GetInputInjector();
        Press(Key.PageDown);
    }

    [Benchmark(Description = "j/k + frame")]
    public int MoveAndDraw()
    {
        down = !down;
        return Press(down ? new Key('j') : new Key('k'));
    }

    [Benchmark(Description = "G/g jump + frame")]
    public int JumpAndDraw()
    {
        down = !down;
        return Press(down ? new Key('G') : new Key('g'));
    }

    [Benchmark(Description = "c (SQLite write) + frame, u + frame")]
    public int ConfirmUndoAndDraw() => Press(new Key('c')) + Press(new Key('u'));

    /// <summary>/抑止 Enter Esc: five keys, five frames; 抑止 is in every bead, so the panel lists 20,000 hits.</summary>
    [Benchmark(Description = "/抑止 Enter Esc (20,000 hits) + 5 frames")]
    public int SearchDocumentAndDraw() => Search('/');

    /// <summary>f抑止 Enter Esc: the same through the memory's search index (FTS5, at most 200 hits).</summary>
    [Benchmark(Description = "f抑止 Enter Esc (200 hits) + 5 frames")]
    public int SearchMemoryAndDraw() => Search('f');

    public void Dispose()
    {
        if (token is not null)
        {
            app.End(token);
        }

        window.Dispose();
        app.Dispose();
        memory.Dispose();
        GC.SuppressFinalize(this);
    }

    private int Search(char key) =>
        Press(new Key(key)) + Press(new Key('抑')) + Press(new Key('止')) + Press(Key.Enter) + Press(Key.Esc);

    /// <summary>One key in, one frame out: layout, draw, and the ANSI text of the screen.</summary>
    private int Press(Key key)
    {
        injector.InjectKey(key, Direct);
        app.LayoutAndDraw();
        return app.Driver!.ToAnsi().Length;
    }
}
