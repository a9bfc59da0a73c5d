namespace Workbench.Storage;

/// <summary>A document waiting in the import queue: its name, where its files came from, their bytes and hash.</summary>
public sealed record QueuedDocument(
    string Name,
    string? EnglishSource,
    string JapaneseSource,
    byte[]? English,
    byte[] Japanese,
    string ContentHash,
    bool Replace);
