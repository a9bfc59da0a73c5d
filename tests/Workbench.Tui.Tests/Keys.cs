using Terminal.Gui.Drivers;
using Terminal.Gui.Input;

namespace Workbench.Tui.Tests;

/// <summary>Special keys as Terminal.Gui reports them; a new instance each time, since handling a key marks it handled.</summary>
internal static class Keys
{
    public static Key Down => new(Key.CursorDown);
    public static Key Up => new(Key.CursorUp);
    public static Key PageDown => new(Key.PageDown);
    public static Key PageUp => new(Key.PageUp);
    public static Key Home => new(Key.Home);
    public static Key End => new(Key.End);
    public static Key Enter => new(Key.Enter);
    public static Key Escape => new(Key.Esc);
    public static Key Tab => new(Key.Tab);
    public static Key Backspace => new(Key.Backspace);
    public static Key ControlR => new(KeyCode.R | KeyCode.CtrlMask);
    public static Key ControlC => new(KeyCode.C | KeyCode.CtrlMask);
}
