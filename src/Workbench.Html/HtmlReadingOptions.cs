using Workbench.Core.Segmentation;

namespace Workbench.Html;

/// <summary>How <see cref="HtmlSourceReader"/> reads web pages.</summary>
/// <param name="WholePage">Every paragraph of the page, furniture included (the hand-written reader), instead of
/// the extracted article: for pages where extraction fails.</param>
/// <param name="KeepCaptions">Keep image captions and photo credits in the article body.</param>
/// <param name="Segmentation">Reading limits and the whole-page reader's element sets.</param>
public sealed record HtmlReadingOptions(bool WholePage, bool KeepCaptions, SegmentationOptions Segmentation)
{
    public static HtmlReadingOptions Default { get; } = new(WholePage: false, KeepCaptions: false, SegmentationOptions.Default);
}
