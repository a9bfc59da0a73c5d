namespace Workbench.Core;

/// <summary>
/// Input the user can fix (an unreadable file, a malformed glossary, a name that already exists).
/// The CLI prints <see cref="Exception.Message"/> as one line and exits with code 2.
/// </summary>
public class WorkbenchInputException : Exception
{
    public WorkbenchInputException(string message)
        : base(message)
    {
    }

    public WorkbenchInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public WorkbenchInputException()
    {
    }
}
