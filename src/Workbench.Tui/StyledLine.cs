using System.Text;
using Spectre.Console;
using Workbench.Core.Text.Japanese;

namespace Workbench.Tui;

/// <summary>Builds one screen line of markup, clipping by display width so it never exceeds the screen.</summary>
internal sealed class StyledLine(int width, string? background = null)
{
    private readonly StringBuilder markup = new();

    public int Used { get; private set; }

    public StyledLine Add(string text, string? style = null)
    {
        var room = width - Used;
        if (room <= 0 || text.Length == 0)
        {
            return this;
        }

        var fittedWidth = DisplayText.Width(text);
        var fitted = text;
        if (fittedWidth > room)
        {
            fitted = DisplayText.Clip(text, room);
            fittedWidth = DisplayText.Width(fitted);
        }

        var combined = Combine(style);
        if (combined is null)
        {
            markup.Append(fitted.EscapeMarkup());
        }
        else
        {
            markup.Append('[').Append(combined).Append(']').Append(fitted.EscapeMarkup()).Append("[/]");
        }

        Used += fittedWidth;
        return this;
    }

    /// <summary>Pads with spaces up to <paramref name="column"/>.</summary>
    public StyledLine PadTo(int column, string? style = null) =>
        column > Used ? Add(new string(' ', Math.Min(column, width) - Used), style) : this;

    /// <summary>Pads to the full width and returns the markup.</summary>
    public string Finish(string? style = null)
    {
        PadTo(width, style);
        return markup.ToString();
    }

    private string? Combine(string? style) => (style, background) switch
    {
        (null, null) => null,
        (_, null) => style,
        (null, _) => "default " + background,
        _ => style + " " + background,
    };
}
