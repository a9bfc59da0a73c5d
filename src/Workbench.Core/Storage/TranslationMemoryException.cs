namespace Workbench.Core.Storage;

/// <summary>
/// A translation memory could not carry out a write (the database is locked, read-only, full, or no longer holds what
/// the edit expects). Nothing was written. Backends translate their own database errors into this, so callers never
/// catch a database-specific exception.
/// </summary>
public sealed class TranslationMemoryException : Exception
{
    public TranslationMemoryException(string message)
        : base(message)
    {
    }

    public TranslationMemoryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TranslationMemoryException()
    {
    }
}
