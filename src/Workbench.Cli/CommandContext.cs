namespace Workbench.Cli;

/// <summary>What a command's body works with: its output streams and the resolved database path.</summary>
public sealed record CommandContext(TextWriter Out, TextWriter Error, string DatabasePath);
