using System.Globalization;
using Workbench.Core.Text.Japanese;

namespace Workbench.Tui;

/// <summary>Lays out the <see cref="DocumentPicker"/>: name, pairs, one-sided beads, share confirmed, low confidence.</summary>
public static class PickerScreen
{
    private const int NumberColumnWidth = 10;
    private const int HeaderRows = 2;

    public static ScreenFrame Render(DocumentPicker picker, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(picker);
        if (width < ReviewScreen.MinimumWidth || height < ReviewScreen.MinimumHeight)
        {
            return ReviewScreen.TooSmall(width, height);
        }

        var nameWidth = Math.Clamp(
            picker.Documents.Select(d => DisplayText.Width(d.Document.Name)).DefaultIfEmpty(4).Max(),
            4,
            width - 2 - (4 * NumberColumnWidth) - 1);
        var lines = new List<ScreenLine>(height)
        {
            new StyledLine(width).Add(" workbench review: choose a document", Tone.Title).Finish(Tone.Title),
            Row(width, nameWidth, "Name", ["Pairs", "One-sided", "Confirmed", "Low conf."], Tone.Header, current: false),
        };
        var rowBeads = new List<int> { -1, -1 };
        var rows = height - HeaderRows - 1;
        var top = Math.Max(0, picker.Cursor - rows + 1);
        if (picker.Documents.Count == 0)
        {
            lines.Add(new StyledLine(width).Add("  No documents yet: import one with `workbench import`.", Tone.Dim).Finish());
            rowBeads.Add(-1);
        }

        for (var index = top; index < picker.Documents.Count && lines.Count < height - 1; index++)
        {
            var row = picker.Documents[index];
            var document = row.Document;
            var confirmed = document.Links == 0 ? 0 : 100.0 * document.ConfirmedLinks / document.Links;
            var current = index == picker.Cursor;
            lines.Add(Row(
                width,
                nameWidth,
                document.Name,
                [
                    row.Pairs.ToString(CultureInfo.InvariantCulture),
                    row.OneSided.ToString(CultureInfo.InvariantCulture),
                    confirmed.ToString("0", CultureInfo.InvariantCulture) + "%",
                    document.LowConfidenceLinks.ToString(CultureInfo.InvariantCulture),
                ],
                current ? Tone.Bold : Tone.Plain,
                current));
            rowBeads.Add(index);
        }

        while (lines.Count < height - 1)
        {
            lines.Add(new StyledLine(width).Finish());
            rowBeads.Add(-1);
        }

        lines.Add(new StyledLine(width).Add(" " + KeyMap.Hints(ScreenMode.Picker), Tone.StatusBar).Finish(Tone.StatusBar));
        rowBeads.Add(-1);
        return new ScreenFrame(width, height, lines, rowBeads);
    }

    private static ScreenLine Row(int width, int nameWidth, string name, string[] numbers, Tone tone, bool current)
    {
        var line = new StyledLine(width, current).Add(current ? "▶ " : "  ", tone).Add(DisplayText.Clip(name, nameWidth), tone);
        var column = 2 + nameWidth;
        foreach (var number in numbers)
        {
            column += NumberColumnWidth;
            line.PadTo(column - DisplayText.Width(number)).Add(number, tone);
        }

        return line.Finish();
    }
}
