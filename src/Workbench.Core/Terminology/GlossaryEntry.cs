namespace Workbench.Core.Terminology;

/// <summary>One term base entry: an English term, its approved Japanese renderings and forbidden variants.</summary>
public sealed record GlossaryEntry(
    string English,
    IReadOnlyList<string> Approved,
    string? Note,
    IReadOnlyList<string> Forbidden);
