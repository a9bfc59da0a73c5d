namespace Workbench.Storage;

/// <summary>A row of <c>glossary_entries</c> as Dapper reads it: the renderings still as JSON arrays (<see cref="GlossaryRows"/>).</summary>
internal sealed record GlossaryRow(string English, string Approved, string? Note, string Forbidden);
