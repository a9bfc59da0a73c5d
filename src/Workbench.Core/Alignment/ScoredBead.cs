namespace Workbench.Core.Alignment;

/// <summary>A bead of the dynamic programme with its cost, before it leaves the aligner. A value in the pass's array:
/// an object per bead was a MB of fresh memory per pass of a 40,000-sentence document (the installed tool is compiled
/// ahead of time, so the struct's list and array code is precompiled as well).</summary>
internal readonly record struct ScoredBead(Bead Bead, double Cost);
