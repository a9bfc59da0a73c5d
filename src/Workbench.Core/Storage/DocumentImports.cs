using Workbench.Core.Documents;

namespace Workbench.Core.Storage;

/// <summary>The argument rules every <see cref="IDocumentImport"/> shares.</summary>
public static class DocumentImports
{
    /// <summary>An import begins with the document's segments; its links come with <see cref="IDocumentImport.Complete"/>.</summary>
    public static void EnsureUnaligned(NewDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Links.Count > 0)
        {
            throw new ArgumentException("an import begins without links; they are given to Complete", nameof(document));
        }
    }

    /// <summary>An import commits once.</summary>
    public static void EnsureNotCompleted(bool completed)
    {
        if (completed)
        {
            throw new InvalidOperationException("this import was completed already");
        }
    }
}
