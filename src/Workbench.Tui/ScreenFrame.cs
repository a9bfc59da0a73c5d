namespace Workbench.Tui;

/// <summary>One full screen: exactly <paramref name="Height"/> lines of Spectre markup, each exactly
/// <paramref name="Width"/> display columns wide once rendered.</summary>
public sealed record ScreenFrame(int Width, int Height, IReadOnlyList<string> Lines);
