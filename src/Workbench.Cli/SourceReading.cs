using System.CommandLine;
using Workbench.Core.Segmentation;
using Workbench.Html;

namespace Workbench.Cli;

/// <summary>
/// The one place the command line chooses how source files are read: web pages through article extraction
/// (<c>--whole-page</c> for the hand-written reader of every paragraph, <c>--keep-captions</c> to keep captions),
/// everything else by its markup. Every command that reads source files (segment, import, align, import --batch)
/// adds these options and takes its segmenter from here.
/// </summary>
internal sealed class SourceReading
{
    public Option<bool> WholePage { get; } = new("--whole-page")
    {
        Description = "HTML: read every paragraph of the page (menus, captions, comments too) instead of extracting the article",
    };

    public Option<bool> KeepCaptions { get; } = new("--keep-captions")
    {
        Description = "HTML: keep image captions and photo credits in the extracted article",
    };

    /// <summary>Reading as the defaults say, for commands without the options.</summary>
    public static DocumentSegmenter DefaultSegmenter { get; } =
        DocumentSegmenter.Default.WithSources(new HtmlSourceReader(HtmlReadingOptions.Default));

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(WholePage);
        command.Options.Add(KeepCaptions);
    }

    /// <summary>The segmenter for this invocation: <paramref name="rules"/>' sentence rules (default: built-in),
    /// reading files as the options ask.</summary>
    public DocumentSegmenter Segmenter(ParseResult parsed, DocumentSegmenter? rules = null)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var segmenter = rules ?? DocumentSegmenter.Default;
        var options = new HtmlReadingOptions(parsed.GetValue(WholePage), parsed.GetValue(KeepCaptions), segmenter.Options);
        return segmenter.WithSources(new HtmlSourceReader(options));
    }
}
