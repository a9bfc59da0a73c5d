using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Storage;

namespace Workbench.Tui;

/// <summary>A document as the picker lists it: its two-sided pairs and one-sided beads apart.</summary>
public sealed record PickerRow(DocumentSummary Document, int Pairs, int OneSided)
{
    /// <summary>Counts the document's beads by shape.</summary>
    public static PickerRow Of(DocumentSummary document, IReadOnlyList<AlignmentLink> links)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(links);
        var oneSided = links.Count(link => link.Bead.IsNull);
        return new PickerRow(document, links.Count - oneSided, oneSided);
    }

    public static IReadOnlyList<PickerRow> Load(ITranslationMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        return memory.ListDocuments().Select(document => Of(document, memory.GetLinks(document.Id))).ToList();
    }
}

/// <summary>Choosing the document to review when none was named: a list with a cursor.</summary>
public sealed class DocumentPicker(IReadOnlyList<PickerRow> documents)
{
    public IReadOnlyList<PickerRow> Documents { get; } = documents;

    public int Cursor { get; private set; }

    /// <summary>The document chosen, or null while choosing.</summary>
    public DocumentSummary? Chosen { get; private set; }

    public bool QuitRequested { get; private set; }

    public void Execute(UiCommand command)
    {
        var last = Math.Max(0, Documents.Count - 1);
        switch (command)
        {
            case UiCommand.Quit: QuitRequested = true; break;
            case UiCommand.MoveDown: Cursor = Math.Min(Cursor + 1, last); break;
            case UiCommand.MoveUp: Cursor = Math.Max(Cursor - 1, 0); break;
            case UiCommand.First: Cursor = 0; break;
            case UiCommand.Last: Cursor = last; break;
            case UiCommand.PickerChoose when Documents.Count > 0: Chosen = Documents[Cursor].Document; break;
        }
    }

    /// <summary>Makes row <paramref name="index"/> current (a click).</summary>
    public void MoveTo(int index) => Cursor = Math.Clamp(index, 0, Math.Max(0, Documents.Count - 1));
}
