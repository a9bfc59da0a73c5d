using Workbench.Core.Alignment;

namespace Workbench.Core.Documents;

/// <summary>A stored bead with its review status and the time of its last change.</summary>
public sealed record AlignmentLink(Bead Bead, LinkStatus Status, DateTimeOffset UpdatedAt)
{
    /// <summary>
    /// The store's version of this link: 0 as imported, then a number the document never hands out twice, given by
    /// every edit that writes the link. An edit names the versions it read; a store refuses it when another reviewer
    /// has changed those links since (<see cref="Storage.EditConflictException"/>).
    /// </summary>
    public long Version { get; init; }
}
