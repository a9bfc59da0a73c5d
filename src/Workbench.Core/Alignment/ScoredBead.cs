namespace Workbench.Core.Alignment;

/// <summary>A bead of the dynamic programme with its cost, before it leaves the aligner. A class, not a struct: lists
/// and enumerators over a reference type share precompiled code, while a ReadyToRun build compiled several
/// instantiations over the struct at run time (issue 12).</summary>
internal sealed record ScoredBead(Bead Bead, double Cost);
