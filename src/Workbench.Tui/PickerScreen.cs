using System.Globalization;
using Workbench.Core.Text.Japanese;

namespace Workbench.Tui;

/// <summary>Draws the <see cref="DocumentPicker"/>: name, pairs, share confirmed and low-confidence count.</summary>
public static class PickerScreen
{
    private const int NumberColumnWidth = 10;

    public static ScreenFrame Render(DocumentPicker picker, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(picker);
        if (width < ReviewScreen.MinimumWidth || height < ReviewScreen.MinimumHeight)
        {
            return ReviewScreen.TooSmall(width, height);
        }

        var nameWidth = Math.Clamp(
            picker.Documents.Select(d => DisplayText.Width(d.Name)).DefaultIfEmpty(4).Max(),
            4,
            width - 2 - (3 * NumberColumnWidth) - 1);
        var lines = new List<string>(height)
        {
            new StyledLine(width).Add(" workbench review: choose a document", Palette.Title).Finish(Palette.Title),
            Row(width, nameWidth, "Name", "Pairs", "Confirmed", "Low conf.", "bold", null),
        };
        var rows = height - 3;
        var top = Math.Max(0, picker.Cursor - rows + 1);
        if (picker.Documents.Count == 0)
        {
            lines.Add(new StyledLine(width).Add("  No documents yet: import one with `workbench import`.", Palette.Dim).Finish());
        }

        for (var index = top; index < picker.Documents.Count && lines.Count < height - 1; index++)
        {
            var document = picker.Documents[index];
            var confirmed = document.Links == 0 ? 0 : 100.0 * document.ConfirmedLinks / document.Links;
            var current = index == picker.Cursor;
            lines.Add(Row(
                width,
                nameWidth,
                document.Name,
                document.Links.ToString(CultureInfo.InvariantCulture),
                confirmed.ToString("0", CultureInfo.InvariantCulture) + "%",
                document.LowConfidenceLinks.ToString(CultureInfo.InvariantCulture),
                current ? "bold" : null,
                current ? Palette.CurrentRow : null));
        }

        while (lines.Count < height - 1)
        {
            lines.Add(new StyledLine(width).Finish());
        }

        lines.Add(new StyledLine(width).Add(" j/k ↑↓ choose  Enter review  q quit", Palette.StatusBar).Finish(Palette.StatusBar));
        return new ScreenFrame(width, height, lines);
    }

    private static string Row(int width, int nameWidth, string name, string pairs, string confirmed, string low, string? style, string? background)
    {
        var line = new StyledLine(width, background).Add(background is null ? "  " : "▶ ", style).Add(DisplayText.Clip(name, nameWidth), style);
        var column = 2 + nameWidth;
        foreach (var number in new[] { pairs, confirmed, low })
        {
            column += NumberColumnWidth;
            line.PadTo(column - DisplayText.Width(number)).Add(number, style);
        }

        return line.Finish();
    }
}
