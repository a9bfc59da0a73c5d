namespace Workbench.Core.Terminology;

/// <summary>One occurrence of pattern <paramref name="Pattern"/> at [Start, Start + Length) of the searched text.</summary>
internal readonly record struct AhoCorasickMatch(int Pattern, int Start, int Length);
