namespace Workbench.Tui;

/// <summary>Spectre styles of the review screens.</summary>
internal static class Palette
{
    public const string Title = "bold white on blue";
    public const string StatusBar = "black on grey70";
    public const string CurrentRow = "on grey23";
    public const string Dim = "grey50";
    public const string Confirmed = "green";
    public const string Rejected = "red";
    public const string Unreviewed = "grey70";
    public const string HighConfidence = "green";
    public const string MediumConfidence = "yellow";
    public const string LowConfidence = "bold red";
    public const string Separator = "grey35";
    public const string SplitMarker = "bold magenta";
    public const string SplitMarkerInactive = "magenta";
    public const string Issue = "bold yellow";
    public const string Deleted = "red strikethrough";
    public const string Inserted = "green underline";
    public const string Message = "italic";
    public const string Search = "bold";
}
