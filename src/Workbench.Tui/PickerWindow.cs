using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Workbench.Tui;

/// <summary>The document picker on Terminal.Gui: keys from <see cref="KeyMap"/>'s picker mode, a click picks a row.</summary>
public sealed class PickerWindow : Runnable
{
    private readonly IApplication app;
    private readonly FrameCanvas canvas;

    public PickerWindow(IApplication app, DocumentPicker picker)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(picker);
        this.app = app;
        Picker = picker;
        Width = Dim.Fill();
        Height = Dim.Fill();
        canvas = new FrameCanvas((width, height) => PickerScreen.Render(picker, width, height)) { Width = Dim.Fill(), Height = Dim.Fill() };
        canvas.RowClicked += row =>
        {
            if (canvas.LastFrame is { } frame && row < frame.RowBeads.Count && frame.RowBeads[row] >= 0)
            {
                picker.MoveTo(frame.RowBeads[row]);
            }
        };
        canvas.Wheeled += step => Run(step > 0 ? UiCommand.MoveDown : UiCommand.MoveUp);
        Add(canvas);
        app.Keyboard.KeyDown += OnKeyDown;
    }

    public DocumentPicker Picker { get; }

    public void Run(UiCommand command)
    {
        Picker.Execute(command);
        if (Picker.Chosen is not null || Picker.QuitRequested)
        {
            app.RequestStop();
        }

        canvas.SetNeedsDraw();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            app.Keyboard.KeyDown -= OnKeyDown;
        }

        base.Dispose(disposing);
    }

    private void OnKeyDown(object? sender, Key key)
    {
        if (KeyMap.Find(ScreenMode.Picker, key) is { } command)
        {
            Run(command);
        }

        key.Handled = true;
    }
}
