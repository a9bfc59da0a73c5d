namespace Workbench.Storage;

/// <summary>A document's name and the content hash its import recorded, as Dapper reads them.</summary>
internal sealed record DocumentHashRow(string Name, string? Hash);
