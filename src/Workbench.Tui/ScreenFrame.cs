namespace Workbench.Tui;

/// <summary>One line of the screen: its runs fill the width exactly; <paramref name="Current"/> lines sit on the
/// current bead's background.</summary>
public sealed record ScreenLine(IReadOnlyList<TextRun> Runs, bool Current)
{
    public string Text => string.Concat(Runs.Select(run => run.Text));
}

/// <summary>
/// One full screen: exactly <paramref name="Height"/> lines, each exactly <paramref name="Width"/> display columns.
/// <paramref name="RowBeads"/> tells for each line which bead it shows (-1 for none), so a click can select it.
/// </summary>
public sealed record ScreenFrame(int Width, int Height, IReadOnlyList<ScreenLine> Lines, IReadOnlyList<int> RowBeads);
