using Workbench.Core.Storage;

namespace Workbench.Cli;

/// <summary>
/// What a command's body works with: its output streams, the resolved database (a SQLite path or a PostgreSQL URL or
/// connection string) and the user its edits are recorded for.
/// </summary>
public sealed record CommandContext(TextWriter Out, TextWriter Error, string DatabasePath, string User)
{
    /// <summary>The database as messages show it (never with a password).</summary>
    public string DatabaseName => TranslationMemoryFactory.Describe(DatabasePath);

    /// <summary>Opens the database, creating and migrating it on first use.</summary>
    public ITranslationMemory OpenMemory() => TranslationMemoryFactory.Open(DatabasePath, User);

    /// <summary>Opens an existing database for reading: for commands that only read (list, show, export, check,
    /// terms), which must not create a database, cannot be refused by a read-only file, and leave nothing behind.</summary>
    public ITranslationMemory OpenMemoryReadOnly() => TranslationMemoryFactory.OpenReadOnly(DatabasePath, User);

    /// <summary>Opens the database for lookups (search, lookup, analyze): read-only, and a database not created yet
    /// reads as empty instead of being created.</summary>
    public ITranslationMemory OpenMemoryForLookup() => TranslationMemoryFactory.OpenReadOnlyOrEmpty(DatabasePath, User);
}
