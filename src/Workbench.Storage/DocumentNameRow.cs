namespace Workbench.Storage;

/// <summary>A document's id and name, as Dapper reads them.</summary>
internal sealed record DocumentNameRow(long Id, string Name);
