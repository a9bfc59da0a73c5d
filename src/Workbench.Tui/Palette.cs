using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace Workbench.Tui;

/// <summary>What a piece of text on the review screens is, which decides its colour.</summary>
public enum Tone
{
    Plain,
    Title,
    StatusBar,
    Header,
    Bold,
    Dim,
    Confirmed,
    Rejected,
    Unreviewed,
    HighConfidence,
    MediumConfidence,
    LowConfidence,
    Edited,
    Separator,
    SplitMarker,
    SplitMarkerInactive,
    Issue,
    Deleted,
    Inserted,
    Message,
    SearchHit,
}

/// <summary>The colours of each <see cref="Tone"/>, on the normal and on the current row's background.</summary>
internal static class Palette
{
    private static readonly Color Background = new(ColorName16.Black);
    private static readonly Color CurrentBackground = new(ColorName16.DarkGray);

    public static Attribute For(Tone tone, bool current)
    {
        var background = current ? CurrentBackground : Background;
        return tone switch
        {
            Tone.Title => new Attribute(new Color(ColorName16.White), new Color(ColorName16.Blue), TextStyle.Bold),
            Tone.StatusBar => new Attribute(new Color(ColorName16.Black), new Color(ColorName16.Gray)),
            Tone.Header => new Attribute(new Color(ColorName16.BrightCyan), background, TextStyle.Bold),
            Tone.Bold => new Attribute(new Color(ColorName16.White), background, TextStyle.Bold),
            Tone.Dim or Tone.Separator => new Attribute(new Color(ColorName16.Gray), background),
            Tone.Confirmed or Tone.HighConfidence => new Attribute(new Color(ColorName16.BrightGreen), background),
            Tone.Rejected => new Attribute(new Color(ColorName16.BrightRed), background),
            Tone.Unreviewed => new Attribute(new Color(ColorName16.Gray), background),
            Tone.MediumConfidence => new Attribute(new Color(ColorName16.BrightYellow), background),
            Tone.LowConfidence => new Attribute(new Color(ColorName16.BrightRed), background, TextStyle.Bold),
            Tone.Edited => new Attribute(new Color(ColorName16.BrightCyan), background),
            Tone.SplitMarker => new Attribute(new Color(ColorName16.BrightMagenta), background, TextStyle.Bold),
            Tone.SplitMarkerInactive => new Attribute(new Color(ColorName16.Magenta), background),
            Tone.Issue => new Attribute(new Color(ColorName16.BrightYellow), background, TextStyle.Bold),
            Tone.Deleted => new Attribute(new Color(ColorName16.BrightRed), background, TextStyle.Strikethrough),
            Tone.Inserted => new Attribute(new Color(ColorName16.BrightGreen), background, TextStyle.Underline),
            Tone.Message => new Attribute(new Color(ColorName16.White), background, TextStyle.Italic),
            Tone.SearchHit => new Attribute(new Color(ColorName16.Black), new Color(ColorName16.BrightYellow)),
            _ => new Attribute(new Color(ColorName16.White), background),
        };
    }
}
