using Workbench.Core.Storage;
using Workbench.Storage;

namespace Workbench.Cli;

/// <summary>What a command's body works with: its output streams and the resolved database path.</summary>
public sealed record CommandContext(TextWriter Out, TextWriter Error, string DatabasePath)
{
    /// <summary>Opens the database, creating and migrating it on first use.</summary>
    public ITranslationMemory OpenMemory() => SqliteTranslationMemory.Open(DatabasePath);

    /// <summary>Opens an existing database for reading: for commands that only read (list, show, export, check,
    /// terms), which must not create a database, cannot be refused by a read-only file, and leave nothing behind.</summary>
    public ITranslationMemory OpenMemoryReadOnly() => SqliteTranslationMemory.OpenReadOnly(DatabasePath);
}
