using Workbench.Core.Documents;
using Workbench.Core.Storage;

namespace Workbench.Storage.Tests;

/// <summary>Segment text corrections: stored with the link edits' history, undone and redone in the same order.</summary>
public sealed class SqliteSegmentTextTests : IDisposable
{
    private readonly SqliteTranslationMemory memory = SqliteTranslationMemory.OpenInMemory();

    public void Dispose() => memory.Dispose();

    [Fact]
    public void A_text_edit_is_stored_undone_and_redone_in_history_order_with_link_edits()
    {
        var id = memory.ImportDocument(SampleDocuments.Create(), replace: false);
        var links = memory.GetLinks(id);
        var change = new SegmentTextChange(Language.Japanese, 1, "拡大抑止は約束である。", "拡大抑止は同盟国への約束である。");

        memory.EditSegmentText(id, "edit Japanese sentence 2", change);
        memory.ApplyEdit(id, new LinkEdit("confirm bead 1", [links[0]], [links[0] with { Status = LinkStatus.Confirmed }]));

        Assert.Equal(change.After, memory.GetSegments(id, Language.Japanese)[1].Text);
        Assert.Equal("confirm bead 1", memory.Undo(id)!.Description);
        var undone = memory.Undo(id)!;
        Assert.Equal([change], undone.TextChanges);
        Assert.Empty(undone.Before);
        Assert.Equal(change.Before, memory.GetSegments(id, Language.Japanese)[1].Text);
        Assert.Equal(links.Select(l => l.Bead), memory.GetLinks(id).Select(l => l.Bead));
        Assert.Equal([change], memory.Redo(id)!.TextChanges);
        Assert.Equal(change.After, memory.GetSegments(id, Language.Japanese)[1].Text);
    }

    [Fact]
    public void A_text_edit_based_on_a_stale_text_is_refused_with_a_core_exception_and_writes_nothing()
    {
        var id = memory.ImportDocument(SampleDocuments.Create(), replace: false);

        var error = Assert.Throws<TranslationMemoryException>(() =>
            memory.EditSegmentText(id, "edit", new SegmentTextChange(Language.English, 0, "not what is stored", "new")));

        Assert.Contains("English segment 1", error.Message, StringComparison.Ordinal);
        Assert.Equal("NATO must restore nuclear credibility.", memory.GetSegments(id, Language.English)[0].Text);
        Assert.Null(memory.Undo(id));
    }
}
