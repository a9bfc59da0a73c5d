namespace Workbench.Core.Documents;

/// <summary>Review state of an alignment link.</summary>
public enum LinkStatus
{
    /// <summary>Produced by the aligner, not yet reviewed.</summary>
    Auto,

    /// <summary>Accepted by a reviewer; a fixed point for re-alignment.</summary>
    Confirmed,

    /// <summary>Marked wrong by a reviewer; excluded from exports of confirmed pairs.</summary>
    Rejected,
}
