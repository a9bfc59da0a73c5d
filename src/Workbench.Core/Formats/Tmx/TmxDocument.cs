namespace Workbench.Core.Formats.Tmx;

/// <summary>A TMX file as read by <see cref="TmxReader"/>.</summary>
/// <param name="Version">The root's version attribute (1.1 to 1.4), or null when absent.</param>
public sealed record TmxDocument(string? Version, TmxHeader Header, IReadOnlyList<TmxUnit> Units);
