namespace Workbench.Core.Documents;

/// <summary>A reviewer's correction of one segment's text (a typo, an encoding glitch); the links stay as they are.</summary>
/// <param name="Side">Which side the segment is on.</param>
/// <param name="Index">The segment's 0-based position on that side.</param>
/// <param name="Before">The text as it was, checked when the change is applied or undone.</param>
/// <param name="After">The corrected text.</param>
public sealed record SegmentTextChange(Language Side, int Index, string Before, string After);
