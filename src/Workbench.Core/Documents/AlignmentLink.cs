using Workbench.Core.Alignment;

namespace Workbench.Core.Documents;

/// <summary>A stored bead with its review status and the time of its last change.</summary>
public sealed record AlignmentLink(Bead Bead, LinkStatus Status, DateTimeOffset UpdatedAt);
