namespace Workbench.Storage;

/// <summary>Who an edit is recorded for when the caller names nobody.</summary>
public static class ReviewUsers
{
    /// <summary>The OS user name: on a shared memory, each reviewer's history and undo stack is their own.</summary>
    public static string Default => Environment.UserName is { Length: > 0 } name ? name : "unknown";
}
