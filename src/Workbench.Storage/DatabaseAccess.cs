namespace Workbench.Storage;

/// <summary>How <see cref="SqliteTranslationMemory"/> opened its connection.</summary>
internal enum DatabaseAccess
{
    /// <summary>A file, created and migrated if needed, in WAL mode while open.</summary>
    ReadWrite,

    /// <summary>An existing file of the current schema, never written.</summary>
    ReadOnly,

    /// <summary>A private in-memory database.</summary>
    InMemory,
}
