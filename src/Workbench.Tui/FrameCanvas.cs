using System.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace Workbench.Tui;

/// <summary>
/// A view that shows whatever <see cref="ScreenFrame"/> its layout function makes for its current size, and turns
/// clicks and wheel turns into row events. Re-laid out on every draw, so a resize needs nothing more.
/// </summary>
internal sealed class FrameCanvas : View
{
    private readonly Func<int, int, ScreenFrame> layout;

    public FrameCanvas(Func<int, int, ScreenFrame> layout)
    {
        this.layout = layout;
        CanFocus = true;
    }

    /// <summary>The frame drawn last.</summary>
    public ScreenFrame? LastFrame { get; private set; }

    /// <summary>A left click on the row of the last frame.</summary>
    public event Action<int>? RowClicked;

    /// <summary>The wheel turned: +1 down, -1 up.</summary>
    public event Action<int>? Wheeled;

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var size = Viewport.Size;
        if (size.Width <= 0 || size.Height <= 0)
        {
            return true;
        }

        var frame = layout(size.Width, size.Height);
        LastFrame = frame;
        for (var row = 0; row < Math.Min(frame.Lines.Count, size.Height); row++)
        {
            var line = frame.Lines[row];
            Move(0, row);
            foreach (var run in line.Runs)
            {
                SetAttribute(Palette.For(run.Tone, line.Current));
                AddStr(run.Text);
            }
        }

        return true;
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        ArgumentNullException.ThrowIfNull(mouse);
        if (mouse.Flags.HasFlag(MouseFlags.WheeledDown))
        {
            Wheeled?.Invoke(+1);
            SetNeedsDraw();
            return true;
        }

        if (mouse.Flags.HasFlag(MouseFlags.WheeledUp))
        {
            Wheeled?.Invoke(-1);
            SetNeedsDraw();
            return true;
        }

        if (mouse.Flags.HasFlag(MouseFlags.LeftButtonPressed))
        {
            if (mouse.Position is Point position && position.Y >= 0)
            {
                RowClicked?.Invoke(position.Y);
                SetNeedsDraw();
            }

            return true;
        }

        return false;
    }
}
