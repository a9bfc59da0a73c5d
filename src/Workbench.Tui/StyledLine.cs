using Workbench.Core.Text.Japanese;

namespace Workbench.Tui;

/// <summary>One run of text in one <see cref="Tone"/>.</summary>
public readonly record struct TextRun(string Text, Tone Tone);

/// <summary>Builds one screen line of runs, clipping by display width so it never exceeds the screen.</summary>
internal sealed class StyledLine(int width, bool current = false)
{
    private readonly List<TextRun> runs = [];

    public int Used { get; private set; }

    public StyledLine Add(string text, Tone tone = Tone.Plain)
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

        runs.Add(new TextRun(fitted, tone));
        Used += fittedWidth;
        return this;
    }

    /// <summary>Adds <paramref name="text"/> with every case-insensitive occurrence of <paramref name="hit"/> marked.</summary>
    public StyledLine AddMarking(string text, string hit, Tone tone = Tone.Plain)
    {
        if (hit.Length == 0)
        {
            return Add(text, tone);
        }

        var at = 0;
        while (at < text.Length)
        {
            var found = text.IndexOf(hit, at, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                break;
            }

            Add(text[at..found], tone).Add(text.Substring(found, hit.Length), Tone.SearchHit);
            at = found + hit.Length;
        }

        return Add(text[at..], tone);
    }

    /// <summary>Pads with spaces up to <paramref name="column"/>.</summary>
    public StyledLine PadTo(int column, Tone tone = Tone.Plain) =>
        column > Used ? Add(new string(' ', Math.Min(column, width) - Used), tone) : this;

    /// <summary>Pads to the full width and returns the line.</summary>
    public ScreenLine Finish(Tone tone = Tone.Plain)
    {
        PadTo(width, tone);
        return new ScreenLine(runs, current);
    }
}
