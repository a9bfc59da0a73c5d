using System.Drawing;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Review;

namespace Workbench.Tui.Tests;

/// <summary>
/// The review window in a headless Terminal.Gui application (ANSI driver, no terminal): keys and clicks go in through
/// the toolkit's input injection, the screen comes out of the driver's cells.
/// </summary>
internal sealed class ReviewHarness : IDisposable
{
    // Events go straight to the application, not through the ANSI encoder and parser (which is the driver's code).
    private static readonly InputInjectionOptions Direct = new() { Mode = InputInjectionMode.Direct };

    private readonly IApplication app;
    private readonly SessionToken? token;

    public ReviewHarness(
        ReviewSession session,
        int width = 80,
        int height = 24,
        ITermIssueSource? issues = null,
        ITermClusterSource? clusters = null,
        Func<string, string>? reviewCommand = null)
    {
        app = Application.Create();
        app.Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(width, height);
        Window = new ReviewWindow(app, session, issues, clusters, reviewCommand);
        token = app.Begin(Window);
        app.LayoutAndDraw(true);
    }

    public ReviewWindow Window { get; }

    public ReviewSession Session => Window.Session;

    public int Cursor => Session.Cursor;

    public string? Message => Session.Message;

    public ReviewCounts Counts => Session.Counts;

    public IReadOnlyList<AlignmentLink> Links => Session.Links;

    public Viewport Viewport => Session.Viewport;

    public ScreenMode Mode => Window.Mode;

    public SplitState? Split => Session.Split;

    public string SearchInput => Window.SearchText;

    public bool QuitRequested => Window.QuitRequested;

    /// <summary>Types each character of <paramref name="typed"/>.</summary>
    public void Type(string typed)
    {
        foreach (var c in typed)
        {
            Press(new Key(c));
        }
    }

    public void Press(Key key)
    {
        app.GetInputInjector().InjectKey(new Key(key), Direct);
        app.LayoutAndDraw();
    }

    public void Resize(int width, int height)
    {
        app.Driver!.SetScreenSize(width, height);
        app.LayoutAndDraw(true);
    }

    public void Mouse(int column, int row, MouseFlags flags)
    {
        app.GetInputInjector().InjectMouse(new Mouse { ScreenPosition = new Point(column, row), Flags = flags }, Direct);
        app.LayoutAndDraw();
    }

    /// <summary>The screen as text, one string per row; a wide character's second cell is not repeated.</summary>
    public IReadOnlyList<string> Lines()
    {
        app.LayoutAndDraw();
        return app.Driver!.ToString()!.Split('\n').Select(line => line.TrimEnd('\r')).Take(app.Driver.Rows).ToList();
    }

    public void Dispose()
    {
        if (token is not null)
        {
            app.End(token);
        }

        Window.Dispose();
        app.Dispose();
    }
}
