namespace Workbench.Core.Documents;

/// <summary>
/// One reviewer edit: the contiguous links <paramref name="Before"/> are replaced by <paramref name="After"/>, which
/// must cover exactly the same segments. Stored with the edit history so it can be undone and redone.
/// </summary>
/// <param name="Description">What the reviewer did ("merge", "confirm", ...), shown in the history.</param>
public sealed record LinkEdit(string Description, IReadOnlyList<AlignmentLink> Before, IReadOnlyList<AlignmentLink> After)
{
    /// <summary>Segment texts the edit corrected; a text edit has these and no links.</summary>
    public IReadOnlyList<SegmentTextChange> TextChanges { get; init; } = [];
}
