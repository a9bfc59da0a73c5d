using Workbench.Core.Documents;

namespace Workbench.Tui;

/// <summary>Choosing the document to review when none was named: a list with a cursor.</summary>
public sealed class DocumentPicker(IReadOnlyList<DocumentSummary> documents)
{
    public IReadOnlyList<DocumentSummary> Documents { get; } = documents;

    public int Cursor { get; private set; }

    /// <summary>The document chosen with Enter, or null while choosing.</summary>
    public DocumentSummary? Chosen { get; private set; }

    public bool QuitRequested { get; private set; }

    public void HandleKey(ConsoleKeyInfo key)
    {
        if (key.Modifiers.HasFlag(ConsoleModifiers.Control) && key.Key == ConsoleKey.C)
        {
            QuitRequested = true;
            return;
        }

        switch (key.KeyChar, key.Key)
        {
            case ('q', _) or (_, ConsoleKey.Escape) or ('\u0003', _):
                QuitRequested = true;
                break;
            case ('j', _) or (_, ConsoleKey.DownArrow):
                Cursor = Math.Min(Cursor + 1, Math.Max(0, Documents.Count - 1));
                break;
            case ('k', _) or (_, ConsoleKey.UpArrow):
                Cursor = Math.Max(Cursor - 1, 0);
                break;
            case ('g', _) or (_, ConsoleKey.Home):
                Cursor = 0;
                break;
            case ('G', _) or (_, ConsoleKey.End):
                Cursor = Math.Max(0, Documents.Count - 1);
                break;
            case (_, ConsoleKey.Enter) when Documents.Count > 0:
                Chosen = Documents[Cursor];
                break;
        }
    }
}
