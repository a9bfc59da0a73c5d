using Workbench.Core;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Import;
using Workbench.Core.Search;
using Workbench.Core.Segmentation;
using Workbench.Core.Storage;
using Workbench.Core.Terminology;
using static Workbench.Storage.Tests.SampleDocuments;

namespace Workbench.Storage.Tests;

/// <summary>
/// Behaviour every <see cref="ITranslationMemory"/> backend must show. A backend's test class derives from this and
/// says how to open a fresh store.
/// </summary>
public abstract class TranslationMemoryContract : IDisposable
{
    private readonly Lazy<ITranslationMemory> memory;

    protected TranslationMemoryContract() => memory = new Lazy<ITranslationMemory>(CreateMemory);

    protected ITranslationMemory Memory => memory.Value;

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public void Imported_document_reads_back_with_segments_and_links_in_order()
    {
        var id = Memory.ImportDocument(Create(), replace: false);

        var summary = Memory.FindDocument("nato");
        Assert.NotNull(summary);
        Assert.Equal(id, summary.Id);
        Assert.Equal((3, 4, 4), (summary.EnglishSegments, summary.JapaneseSegments, summary.Links));
        Assert.Equal("/articles/nato/ja.txt", summary.JapaneseSource);
        Assert.Equal(Create().Japanese, Memory.GetSegments(id, Language.Japanese));
        Assert.Equal(Create().English, Memory.GetSegments(id, Language.English));
        Assert.Equal(Create().Links, Memory.GetLinks(id));
    }

    [SkippableFact]
    public void Page_metadata_of_each_side_reads_back_and_goes_with_the_document()
    {
        var english = new SourceMetadata("Allies Weigh the Cost", "Jane Doe", new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero), "https://example.com/a");
        var japanese = new SourceMetadata("同盟国は代償を量る", null, null, null);
        Memory.ImportDocument(Create() with { EnglishMetadata = english, JapaneseMetadata = japanese }, replace: false);
        Memory.ImportDocument(Create("plain"), replace: false);

        var found = Memory.FindDocument("nato")!;
        Assert.Equal(english, found.EnglishMetadata);
        Assert.Equal(japanese, found.JapaneseMetadata);
        Assert.Equal("Allies Weigh the Cost", found.Title);
        Assert.Equal(english, Memory.ListDocuments().Single(d => d.Name == "nato").EnglishMetadata);
        Assert.True(Memory.FindDocument("plain")!.EnglishMetadata.IsEmpty);

        Memory.ImportDocument(Create(), replace: true);
        Assert.True(Memory.FindDocument("nato")!.EnglishMetadata.IsEmpty);
    }

    [SkippableFact]
    public void Importing_an_existing_name_fails_and_keeps_the_stored_document()
    {
        Memory.ImportDocument(Create(), replace: false);
        var changed = Create() with { English = [], Japanese = [new Segment(0, 0, 1, "別の文。")], Links = [Link(0, 0, 0, 1, 0.5)] };

        var error = Assert.Throws<DocumentExistsException>(() => Memory.ImportDocument(changed, replace: false));

        Assert.Equal("nato", error.Name);
        Assert.Equal(4, Memory.FindDocument("nato")!.JapaneseSegments);
    }

    [SkippableFact]
    public void Replace_overwrites_the_document_and_its_history()
    {
        var first = Memory.ImportDocument(Create(), replace: false);
        Memory.ApplyEdit(first, new LinkEdit("confirm", [Create().Links[0]], [Create().Links[0] with { Status = LinkStatus.Confirmed }]));
        var changed = Create() with { English = [], Japanese = [new Segment(0, 0, 1, "別の文。")], Links = [Link(0, 0, 0, 1, 0.5)] };

        var second = Memory.ImportDocument(changed, replace: true);

        Assert.Single(Memory.ListDocuments());
        Assert.Equal((0, 1), (Memory.FindDocument("nato")!.EnglishSegments, Memory.FindDocument("nato")!.JapaneseSegments));
        Assert.Null(Memory.Undo(second));
    }

    [SkippableFact]
    public void Links_that_do_not_cover_every_segment_are_rejected_and_nothing_is_written()
    {
        var broken = Create() with { Links = Create().Links.Take(3).ToList() };

        Assert.Throws<ArgumentException>(() => Memory.ImportDocument(broken, replace: false));

        Assert.Empty(Memory.ListDocuments());
    }

    [SkippableFact]
    public void An_import_begun_before_the_alignment_stores_what_a_whole_import_stores()
    {
        long id;
        using (var import = Memory.BeginImport(Create() with { Links = [] }, replace: false))
        {
            id = import.Complete(Create().Links, new LinkSearchKeys?[Create().Links.Count]);
        }

        Assert.Equal(Create().English, Memory.GetSegments(id, Language.English));
        Assert.Equal(Create().Japanese, Memory.GetSegments(id, Language.Japanese));
        Assert.Equal(Create().Links, Memory.GetLinks(id));
        Assert.Equal(2, Memory.SearchIndex.CountPairs());
        Assert.Equal(id, Memory.FindDocument("nato")!.Id);
    }

    [SkippableFact]
    public void An_import_begun_before_the_alignment_is_stamped_when_it_completes_not_before_its_links()
    {
        long id;
        using (var import = Memory.BeginImport(Create() with { Links = [] }, replace: false))
        {
            // The aligner's time: the links are stamped after the import began, as DocumentImporter stamps them.
            Thread.Sleep(20);
            var alignedAt = DateTimeOffset.UtcNow;
            var links = Create().Links.Select(link => link with { UpdatedAt = alignedAt }).ToList();
            id = import.Complete(links, new LinkSearchKeys?[links.Count]);
        }

        var importedAt = Memory.ListDocuments().Single(d => d.Id == id).ImportedAt;
        Assert.All(Memory.GetLinks(id), link => Assert.True(link.UpdatedAt <= importedAt, $"link stamped {link.UpdatedAt:O} after the import's {importedAt:O}"));
    }

    [SkippableFact]
    public void An_import_that_fails_after_its_segments_were_written_leaves_the_store_as_it_was()
    {
        Memory.ImportDocument(Create(), replace: false);
        var broken = Create().Links.Take(3).ToList();

        // Complete waits for the segments to be written before it checks the links, so these fail after the write.
        using (var added = Memory.BeginImport(Create("other") with { Links = [] }, replace: false))
        {
            Assert.Throws<ArgumentException>(() => added.Complete(broken, new LinkSearchKeys?[broken.Count]));
        }

        using (var replacing = Memory.BeginImport(Create() with { English = [], Japanese = [new Segment(0, 0, 1, "別の文。")], Links = [] }, replace: true))
        {
            Assert.Throws<ArgumentException>(() => replacing.Complete([Link(0, 0, 0, 2, 0.5)], new LinkSearchKeys?[1]));
        }

        AssertOnlyTheSampleIsStored();
    }

    [SkippableFact]
    public void An_import_whose_aligner_fails_leaves_the_store_as_it_was()
    {
        Memory.ImportDocument(Create(), replace: false);
        var sample = Create();
        var sources = new ImportSources(
            "nato",
            new ImportRequest("nato", "/articles/nato/en.txt", "/articles/nato/ja.txt"),
            new SegmentedDocument([.. sample.English.Skip(1)], SourceMetadata.Empty),
            new SegmentedDocument([.. sample.Japanese.Skip(1)], SourceMetadata.Empty));
        var importer = new DocumentImporter(DocumentSegmenter.Default, new FailingAligner(), TimeProvider.System);

        Assert.Throws<InvalidOperationException>(() => importer.Import(sources, Memory, replace: true));
        Assert.Throws<InvalidOperationException>(() => importer.Import(sources with { Name = "other" }, Memory, replace: false));

        AssertOnlyTheSampleIsStored();
    }

    [SkippableFact]
    public void An_import_of_an_existing_name_fails_before_the_alignment_and_writes_nothing()
    {
        Memory.ImportDocument(Create(), replace: false);

        var error = Assert.Throws<DocumentExistsException>(() => Memory.BeginImport(Create() with { Links = [] }, replace: false));

        Assert.Equal("nato", error.Name);
        AssertOnlyTheSampleIsStored();
        using var import = Memory.BeginImport(Create("other") with { Links = [] }, replace: false);
        import.Complete(Create().Links, new LinkSearchKeys?[Create().Links.Count]);
        Assert.Equal(["nato", "other"], Memory.ListDocuments().Select(d => d.Name));
    }

    [SkippableFact]
    public void Listing_counts_review_progress_and_low_confidence_links()
    {
        var document = Create() with
        {
            Links = [Link(0, 1, 0, 1, 0.9, LinkStatus.Confirmed), Link(1, 1, 1, 2, 0.4, LinkStatus.Rejected), Link(2, 1, 3, 0, 0.3), Link(3, 0, 3, 1, 0.95)],
        };
        Memory.ImportDocument(document, replace: false);
        Memory.ImportDocument(Create("another"), replace: false);

        var listed = Memory.ListDocuments();

        Assert.Equal(["another", "nato"], listed.Select(d => d.Name));
        var nato = listed[1];
        Assert.Equal((1, 1, 1), (nato.ConfirmedLinks, nato.RejectedLinks, nato.LowConfidenceLinks));
        Assert.Equal(0.5, nato.ReviewedShare, precision: 9);
    }

    [SkippableFact]
    public void An_edit_is_applied_undone_and_redone()
    {
        var id = Memory.ImportDocument(Create(), replace: false);
        var original = Memory.GetLinks(id);
        var merged = Link(0, 2, 0, 3, 1.0, LinkStatus.Confirmed);

        Memory.ApplyEdit(id, new LinkEdit("merge", [original[0], original[1]], [merged]));
        var afterMerge = Memory.GetLinks(id);
        Assert.Equal(3, afterMerge.Count);
        Assert.Equal(merged.Bead, afterMerge[0].Bead);
        Assert.Equal(LinkStatus.Confirmed, afterMerge[0].Status);

        Assert.Equal("merge", Memory.Undo(id)?.Description);
        Assert.Equal(original, Memory.GetLinks(id));

        Assert.Equal("merge", Memory.Redo(id)?.Description);
        Assert.Equal(afterMerge, Memory.GetLinks(id));
        Assert.Null(Memory.Redo(id));
    }

    [SkippableFact]
    public void Undo_walks_back_through_several_edits_and_a_new_edit_clears_redo()
    {
        var id = Memory.ImportDocument(Create(), replace: false);
        var links = Memory.GetLinks(id);
        Memory.ApplyEdit(id, new LinkEdit("confirm 0", [links[0]], [links[0] with { Status = LinkStatus.Confirmed }]));
        Memory.ApplyEdit(id, new LinkEdit("reject 1", [links[1]], [links[1] with { Status = LinkStatus.Rejected }]));

        Assert.Equal("reject 1", Memory.Undo(id)?.Description);
        Assert.Equal("confirm 0", Memory.Undo(id)?.Description);
        Assert.Null(Memory.Undo(id));
        Assert.Equal(links, Memory.GetLinks(id));

        Assert.Equal("confirm 0", Memory.Redo(id)?.Description);
        var current = Memory.GetLinks(id);
        Memory.ApplyEdit(id, new LinkEdit("confirm 2", [current[2]], [current[2] with { Status = LinkStatus.Confirmed }]));
        Assert.Null(Memory.Redo(id));
        Assert.Equal([LinkStatus.Confirmed, LinkStatus.Auto, LinkStatus.Confirmed, LinkStatus.Auto], Memory.GetLinks(id).Select(l => l.Status));
    }

    [SkippableFact]
    public void An_edit_that_changes_coverage_or_names_a_missing_link_is_rejected_without_change()
    {
        var id = Memory.ImportDocument(Create(), replace: false);
        var links = Memory.GetLinks(id);

        Assert.Throws<ArgumentException>(() => Memory.ApplyEdit(id, new LinkEdit("bad", [links[0]], [Link(0, 1, 0, 2, 1)])));
        Assert.Throws<EditConflictException>(() =>
            Memory.ApplyEdit(id, new LinkEdit("stale", [Link(0, 1, 0, 1, 0.5), Link(1, 1, 1, 1, 0.5)], [Link(0, 2, 0, 2, 1)])));

        Assert.Equal(links, Memory.GetLinks(id));
        Assert.Null(Memory.Undo(id));
    }

    [SkippableFact]
    public void An_edit_returns_its_links_as_stored_and_a_follow_up_edit_builds_on_them()
    {
        var id = Memory.ImportDocument(Create(), replace: false);
        var links = Memory.GetLinks(id);
        Assert.All(links, link => Assert.Equal(0, link.Version));

        var stored = Memory.ApplyEdit(id, new LinkEdit("merge", [links[0], links[1]], [Link(0, 2, 0, 3, 1.0)]));
        var merged = Assert.Single(stored);
        Assert.True(merged.Version > 0);
        Assert.Equal(Memory.GetLinks(id)[0], merged);

        var confirmed = Memory.ApplyEdit(id, new LinkEdit("confirm", [merged], [merged with { Status = LinkStatus.Confirmed }]));
        Assert.True(confirmed[0].Version > merged.Version);
        Assert.Equal(LinkStatus.Confirmed, Memory.GetLinks(id)[0].Status);
    }

    [SkippableFact]
    public void An_edit_based_on_an_old_version_is_refused_as_a_conflict_without_change()
    {
        var id = Memory.ImportDocument(Create(), replace: false);
        var seen = Memory.GetLinks(id);
        Memory.ApplyEdit(id, new LinkEdit("confirm", [seen[0]], [seen[0] with { Status = LinkStatus.Confirmed }]));
        var current = Memory.GetLinks(id);

        var error = Assert.Throws<EditConflictException>(() =>
            Memory.ApplyEdit(id, new LinkEdit("reject", [seen[0]], [seen[0] with { Status = LinkStatus.Rejected }])));

        Assert.Contains("another reviewer", error.Message, StringComparison.Ordinal);
        Assert.Equal(current, Memory.GetLinks(id));
        Assert.Equal("confirm", Memory.Undo(id)?.Description);
    }

    [SkippableFact]
    public void A_text_edit_is_stored_undone_and_redone_in_history_order_with_link_edits()
    {
        var id = Memory.ImportDocument(Create(), replace: false);
        var links = Memory.GetLinks(id);
        var change = new SegmentTextChange(Language.Japanese, 1, "拡大抑止は約束である。", "拡大抑止は同盟国への約束である。");

        Memory.EditSegmentText(id, "edit Japanese sentence 2", change);
        Memory.ApplyEdit(id, new LinkEdit("confirm bead 1", [links[0]], [links[0] with { Status = LinkStatus.Confirmed }]));

        Assert.Equal(change.After, Memory.GetSegments(id, Language.Japanese)[1].Text);
        Assert.Equal("confirm bead 1", Memory.Undo(id)!.Description);
        var undone = Memory.Undo(id)!;
        Assert.Equal([change], undone.TextChanges);
        Assert.Empty(undone.Before);
        Assert.Equal(change.Before, Memory.GetSegments(id, Language.Japanese)[1].Text);
        Assert.Equal(links.Select(l => l.Bead), Memory.GetLinks(id).Select(l => l.Bead));
        Assert.Equal([change], Memory.Redo(id)!.TextChanges);
        Assert.Equal(change.After, Memory.GetSegments(id, Language.Japanese)[1].Text);
    }

    [SkippableFact]
    public void A_text_edit_based_on_a_stale_text_is_refused_with_a_core_exception_and_writes_nothing()
    {
        var id = Memory.ImportDocument(Create(), replace: false);

        var error = Assert.Throws<TranslationMemoryException>(() =>
            Memory.EditSegmentText(id, "edit", new SegmentTextChange(Language.English, 0, "not what is stored", "new")));

        Assert.Contains("English segment 1", error.Message, StringComparison.Ordinal);
        Assert.Equal("NATO must restore nuclear credibility.", Memory.GetSegments(id, Language.English)[0].Text);
        Assert.Null(Memory.Undo(id));
    }

    [SkippableFact]
    public void Streamed_pairs_carry_their_texts_and_honour_the_query()
    {
        Memory.ImportDocument(Create(), replace: false);
        Memory.ImportDocument(Create("other") with { Links = [Link(0, 1, 0, 1, 0.9, LinkStatus.Confirmed), .. Create().Links.Skip(1)] }, replace: false);

        var all = Memory.StreamPairs(PairQuery.All).ToList();
        Assert.Equal(8, all.Count);
        Assert.Equal(["nato", "other"], all.Select(p => p.Document).Distinct());

        var second = all.Single(p => p.Document == "nato" && p.Link.Bead.JaCount == 2);
        Assert.Equal("Extended deterrence is a promise.", second.EnglishText);
        Assert.Equal("拡大抑止は約束である。それは守られねばならない。", second.JapaneseText);

        var confirmed = Memory.StreamPairs(new PairQuery([], [LinkStatus.Confirmed], IncludeNullBeads: false)).ToList();
        Assert.Equal("other", Assert.Single(confirmed).Document);

        var nonNull = Memory.StreamPairs(new PairQuery(["nato"], [], IncludeNullBeads: false)).ToList();
        Assert.Equal(2, nonNull.Count);
        Assert.All(nonNull, p => Assert.False(p.Link.Bead.IsNull));
        Assert.Equal(["訳者の注。"], all.Where(p => p.Document == "nato").Last().Japanese.Select(s => s.Text));
    }

    [SkippableFact]
    public void Glossary_is_replaced_as_a_whole()
    {
        Memory.ReplaceGlossary([new GlossaryEntry("Kyiv", ["キーウ"], "place", ["キエフ"]), new GlossaryEntry("NPT", ["核不拡散条約", "NPT"], null, [])]);
        Memory.ReplaceGlossary([new GlossaryEntry("extended deterrence", ["拡大抑止"], null, ["核の傘による抑止"])]);

        var entry = Assert.Single(Memory.GetGlossary());
        Assert.Equal("extended deterrence", entry.English);
        Assert.Equal(["拡大抑止"], entry.Approved);
        Assert.Equal(["核の傘による抑止"], entry.Forbidden);
    }

    protected abstract ITranslationMemory CreateMemory();

    /// <summary>The store holds the sample document as <see cref="Create"/> wrote it, with its two pairs indexed, and nothing else.</summary>
    private void AssertOnlyTheSampleIsStored()
    {
        var stored = Assert.Single(Memory.ListDocuments());
        Assert.Equal("nato", stored.Name);
        Assert.Equal(Create().English, Memory.GetSegments(stored.Id, Language.English));
        Assert.Equal(Create().Japanese, Memory.GetSegments(stored.Id, Language.Japanese));
        Assert.Equal(Create().Links, Memory.GetLinks(stored.Id));
        Assert.Equal(2, Memory.SearchIndex.CountPairs());
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && memory.IsValueCreated)
        {
            memory.Value.Dispose();
        }
    }
}
