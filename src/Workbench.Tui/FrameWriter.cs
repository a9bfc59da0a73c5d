using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Workbench.Tui;

/// <summary>Turns a <see cref="ScreenFrame"/>'s markup into terminal output with Spectre.Console.</summary>
public sealed class FrameWriter
{
    // Lines are already cut to the frame width by our own measurement; a wider render width keeps Spectre from
    // wrapping a line again should it measure a rare character differently.
    private const int RenderWidthSlack = 16;

    // Most lines of a frame are the same as in the previous one (a move changes two highlighted beads), and turning
    // markup into terminal output is the dearest step of a redraw; remembered lines skip it.
    private const int RememberedLines = 1024;

    private readonly StringWriter buffer = new(CultureInfo.InvariantCulture);
    private readonly Dictionary<(string Markup, int Width), string> remembered = [];
    private readonly IAnsiConsole console;

    /// <param name="ansi">False renders plain text: no colours, no escape sequences.</param>
    public FrameWriter(ColorSystemSupport colors, bool ansi)
    {
        console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = ansi ? colors : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(buffer),
        });
    }

    /// <summary>One line of markup as the terminal gets it.</summary>
    public string RenderLine(string markup, int width)
    {
        if (remembered.TryGetValue((markup, width), out var known))
        {
            return known;
        }

        if (remembered.Count >= RememberedLines)
        {
            remembered.Clear();
        }

        console.Profile.Width = width * 2 + RenderWidthSlack;
        buffer.GetStringBuilder().Clear();
        console.Markup(markup);
        var rendered = buffer.ToString();
        remembered[(markup, width)] = rendered;
        return rendered;
    }

    /// <summary>The whole frame as one write: each line is placed by absolute cursor position, so nothing scrolls
    /// and no stale text survives a redraw.</summary>
    public string ToTerminal(ScreenFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var output = new StringBuilder();
        for (var row = 0; row < frame.Lines.Count; row++)
        {
            output.Append(CultureInfo.InvariantCulture, $"\u001b[{row + 1};1H");
            output.Append(RenderLine(frame.Lines[row], frame.Width));
        }

        return output.Append("\u001b[0m").ToString();
    }
}
