namespace Workbench.Core.Segmentation;

/// <summary>Maps file names to <see cref="SourceFormat"/>.</summary>
public static class SourceFormats
{
    /// <summary>The format a file's extension implies; anything not Markdown or HTML is read as plain text.</summary>
    public static SourceFormat FromPath(string path) =>
        Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".MD" or ".MARKDOWN" => SourceFormat.Markdown,
            ".HTML" or ".HTM" or ".XHTML" => SourceFormat.Html,
            _ => SourceFormat.PlainText,
        };
}
