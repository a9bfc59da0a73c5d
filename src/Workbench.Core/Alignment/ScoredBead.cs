namespace Workbench.Core.Alignment;

/// <summary>A bead of the dynamic programme with its cost, before it leaves the aligner.</summary>
internal readonly record struct ScoredBead(Bead Bead, double Cost);
