namespace Workbench.Core.Storage;

/// <summary>
/// An edit, undo or redo based on links that another reviewer has changed since they were read. Nothing was written;
/// the caller reloads the document's links and lets the reviewer decide again.
/// </summary>
public sealed class EditConflictException : Exception
{
    public EditConflictException(string message)
        : base(message)
    {
    }

    public EditConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EditConflictException()
    {
    }
}
