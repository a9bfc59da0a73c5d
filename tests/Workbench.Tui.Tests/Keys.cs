using Terminal.Gui.Drivers;
using Terminal.Gui.Input;

namespace Workbench.Tui.Tests;

/// <summary>Special keys as Terminal.Gui reports them.</summary>
internal static class Keys
{
    public static readonly Key Down = Key.CursorDown;
    public static readonly Key Up = Key.CursorUp;
    public static readonly Key PageDown = Key.PageDown;
    public static readonly Key PageUp = Key.PageUp;
    public static readonly Key Home = Key.Home;
    public static readonly Key End = Key.End;
    public static readonly Key Enter = Key.Enter;
    public static readonly Key Escape = Key.Esc;
    public static readonly Key Tab = Key.Tab;
    public static readonly Key Backspace = Key.Backspace;
    public static readonly Key ControlR = new(KeyCode.R | KeyCode.CtrlMask);
    public static readonly Key ControlC = new(KeyCode.C | KeyCode.CtrlMask);
}
