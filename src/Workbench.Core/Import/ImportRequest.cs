namespace Workbench.Core.Import;

/// <summary>What the user asked to import: an English original, a Japanese translation, or both.</summary>
/// <param name="Name">The document's name; null names it from the page title, else from the file (see
/// <see cref="DocumentImporter.DefaultName"/>).</param>
public sealed record ImportRequest(string? Name, string? EnglishPath, string? JapanesePath);
