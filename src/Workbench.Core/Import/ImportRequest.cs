namespace Workbench.Core.Import;

/// <summary>What the user asked to import: an English original, a Japanese translation, or both.</summary>
public sealed record ImportRequest(string Name, string? EnglishPath, string? JapanesePath);
