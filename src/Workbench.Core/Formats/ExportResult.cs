namespace Workbench.Core.Formats;

/// <summary>What an export wrote.</summary>
/// <param name="UnitsWritten">Pairs written as units (rows for TSV, &lt;tu&gt; for TMX).</param>
/// <param name="NullBeadsSkipped">1-0 and 0-1 beads left out because a memory unit needs both languages.</param>
public sealed record ExportResult(long UnitsWritten, long NullBeadsSkipped);
