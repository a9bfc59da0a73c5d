namespace Workbench.Core.Storage;

/// <summary>
/// An import named a document the memory already holds and did not ask to replace it. Its own type so each front end
/// can say how to replace in its own terms (the CLI names its flag); the message itself names no flag.
/// </summary>
public sealed class DocumentExistsException : WorkbenchInputException
{
    public DocumentExistsException(string name)
        : base($"document '{name}' already exists")
    {
        Name = name;
    }

    public DocumentExistsException()
        : this(string.Empty)
    {
    }

    public DocumentExistsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Name = string.Empty;
    }

    public string Name { get; }
}
