using Dapper;
using Microsoft.Data.Sqlite;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Search;
using Workbench.Core.Storage;
using Workbench.Core.Tests.Support;

namespace Workbench.Storage.Tests.Search;

/// <summary>The search contract on a SQLite file, plus what only SQLite shows: triggers cover writes made outside
/// <see cref="SqliteTranslationMemory"/>, and a database from before the index gets it by migration.</summary>
public sealed class SqliteMemorySearchIndexTests : MemorySearchIndexContract
{
    private readonly TemporaryDirectory folder = new();

    private string DatabasePath => Path.Combine(folder.Path, "tm.db");

    [Fact]
    public void A_segment_text_changed_by_any_connection_is_reindexed_in_the_same_transaction()
    {
        Import("doc", ("Deterrence is credible.", "抑止は信頼できる。"), ("It must be.", "そうでなければならない。"));

        using (var other = OpenRaw())
        {
            SearchFunctions.Register(other);
            other.Execute("UPDATE segments SET text = '抑止力は信頼できる。' WHERE lang = 'ja' AND idx = 0");
            other.Execute("UPDATE segments SET text = 'Coercion is credible.' WHERE lang = 'en' AND idx = 0");
        }

        Assert.Equal("抑止力は信頼できる。", Assert.Single(Search("抑止力", SearchSide.Japanese)).Pair.JapaneseText);
        Assert.Empty(Search("deterrence", SearchSide.English));
        Assert.Single(Search("coercion", SearchSide.English));
    }

    [Fact]
    public void A_segment_inside_a_many_to_one_link_after_one_sided_beads_reindexes_that_link()
    {
        var document = new NewDocument(
            "beads",
            null,
            null,
            [new Segment(0, 0, 1, "Deterrence is credible."), new Segment(1, 0, 1, "An aside."), new Segment(2, 0, 1, "Allies agree."), new Segment(3, 0, 1, "They say so.")],
            [new Segment(0, 0, 1, "抑止は信頼できる。"), new Segment(1, 0, 1, "訳者注。"), new Segment(2, 0, 1, "同盟国は同意し、そう述べる。")],
            [Bead(0, 1, 0, 1), Bead(1, 1, 1, 0), Bead(2, 0, 1, 1), Bead(2, 2, 2, 1)]);
        Memory.ImportDocument(document, replace: false);

        using (var other = OpenRaw())
        {
            SearchFunctions.Register(other);
            other.Execute("UPDATE segments SET text = 'They insist.' WHERE lang = 'en' AND idx = 3");
            other.Execute("UPDATE segments SET text = '同盟国は反対する。' WHERE lang = 'ja' AND idx = 2");
        }

        var hit = Assert.Single(Search("insist", SearchSide.English));
        Assert.Equal("Allies agree. They insist.", hit.Pair.EnglishText);
        Assert.Equal("同盟国は反対する。", hit.Pair.JapaneseText);
        Assert.Empty(Search("say", SearchSide.English));
        Assert.Empty(Search("同意", SearchSide.Japanese));
        Assert.Single(Search("抑止", SearchSide.Japanese));
        Assert.Equal(2, Memory.SearchIndex.CountPairs());
    }

    [Fact]
    public void A_bulk_indexed_import_writes_exactly_the_rows_the_triggers_write()
    {
        var documents = new[]
        {
            new NewDocument(
                "first",
                null,
                null,
                [new Segment(0, 0, 1, "Extended Deterrence's limits are real."), new Segment(1, 0, 1, "In 2024 NATO spent 3 billion dollars."), new Segment(2, 0, 1, "Allies don't agree."), new Segment(3, 0, 1, "Rejected line.")],
                [new Segment(0, 0, 1, "ブリューワーは拡大抑止の限界を語った。"), new Segment(1, 0, 1, "２０２４年、NATOは30億ドルを費やした。"), new Segment(2, 0, 1, "同盟国は"), new Segment(3, 0, 1, "同意しない。"), new Segment(4, 0, 1, "却下。")],
                [Bead(0, 1, 0, 1, LinkStatus.Confirmed), Bead(1, 1, 1, 1), Bead(2, 1, 2, 2, LinkStatus.Confirmed), Bead(3, 1, 4, 1, LinkStatus.Rejected)]),
            new NewDocument(
                "second",
                null,
                null,
                [new Segment(0, 0, 1, "Coercion works."), new Segment(1, 0, 1, "Only English.")],
                [new Segment(0, 0, 1, "強制は機能する。")],
                [Bead(0, 1, 0, 1), Bead(1, 1, 1, 0)]),
        };
        foreach (var document in documents)
        {
            Memory.ImportDocument(document, replace: false);
        }

        AssertIndexEqualsTriggered(documents, indexedPairs: 4);
    }

    [Fact]
    public void An_import_with_keys_computed_beside_the_aligner_writes_exactly_the_rows_the_triggers_write()
    {
        var documents = new[]
        {
            new NewDocument(
                "keyed",
                null,
                null,
                [new Segment(0, 0, 1, "Extended Deterrence's limits are real."), new Segment(1, 0, 1, "In 2024 NATO spent 3 billion dollars."), new Segment(2, 0, 1, "Allies don't agree."), new Segment(3, 0, 1, "They say so."), new Segment(4, 0, 1, "Rejected line.")],
                [new Segment(0, 0, 1, "ブリューワーは拡大抑止の限界を語った。"), new Segment(1, 0, 1, "２０２４年、NATOは30億ドルを費やした。"), new Segment(2, 0, 1, "同盟国は"), new Segment(3, 0, 1, "同意しない。"), new Segment(4, 0, 1, "却下。")],
                [Bead(0, 1, 0, 1, LinkStatus.Confirmed), Bead(1, 1, 1, 1), Bead(2, 2, 2, 2), Bead(4, 1, 4, 1, LinkStatus.Rejected)]),
            new NewDocument(
                "stale keys",
                null,
                null,
                [new Segment(0, 0, 1, "Coercion works."), new Segment(1, 0, 1, "Only English."), new Segment(2, 0, 1, "Deterrence holds.")],
                [new Segment(0, 0, 1, "強制は機能する。"), new Segment(1, 0, 1, "抑止は続く。")],
                [Bead(0, 1, 0, 1), Bead(1, 1, 1, 0), Bead(2, 1, 1, 1)]),
        };
        foreach (var document in documents)
        {
            var english = LinkSearchKeys.OfSegments(document.English, Language.English);
            var japanese = LinkSearchKeys.OfSegments(document.Japanese, Language.Japanese);
            var keys = LinkSearchKeys.OfLinks(document.English, document.Japanese, document.Links, english, japanese).ToArray();
            if (document.Name == "stale keys")
            {
                // Keys computed for other text (a document changed after they were computed) are recomputed, not stored.
                keys[2] = new LinkSearchKeys(SideSearchKeys.Of("Deterrence failed.", Language.English), SideSearchKeys.Of("抑止は失敗した。", Language.Japanese));
            }

            Memory.ImportDocument(document, replace: false, keys);
        }

        Assert.Single(Search("holds", SearchSide.English));
        Assert.Empty(Search("failed", SearchSide.English));
        AssertIndexEqualsTriggered(documents, indexedPairs: 5);
    }

    [Fact]
    public void A_bulk_import_leaves_every_full_text_setting_as_it_found_it()
    {
        Assert.Empty(Memory.ListDocuments());
        using var raw = OpenRaw();
        raw.Execute("INSERT INTO search_ja (search_ja, rank) VALUES ('hashsize', 2097152)");
        var before = FullTextSettings(raw);
        Assert.Contains("search_ja hashsize 2097152", before);
        Assert.DoesNotContain("search_en hashsize", string.Join('\n', before), StringComparison.Ordinal);

        Import("first", ("Deterrence is credible.", "抑止は信頼できる。"), ("Allies agree.", "同盟国は同意する。"));
        using (var import = Memory.BeginImport(SampleDocuments.Create() with { Links = [] }, replace: false))
        {
            import.Complete(SampleDocuments.Create().Links, new LinkSearchKeys?[SampleDocuments.Create().Links.Count]);
        }

        Assert.Equal(before, FullTextSettings(raw));
        Assert.Equal(2, Search("信頼", SearchSide.Japanese).Count);
    }

    [Fact]
    public void Only_the_search_index_triggers_sit_on_segments_and_links_and_each_stands_aside_for_a_paused_document()
    {
        // A whole-document insert runs with the connection's triggers off (TriggersStandAside): that is only the same
        // as running them while every trigger on these tables does nothing for a paused document. A new trigger on
        // segments or links must be added here knowingly.
        Assert.Empty(Memory.ListDocuments());
        using var raw = OpenRaw();
        var triggers = raw.Query<(string Name, string Table, string Sql)>(
                "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('segments', 'links') ORDER BY name")
            .ToList();

        Assert.Equal(
            ["search_link_added", "search_link_changed", "search_link_removed", "search_segment_added", "search_segment_changed", "search_segment_removed"],
            triggers.Select(t => t.Name));
        Assert.All(triggers, t => Assert.Contains("NOT EXISTS (SELECT 1 FROM search_index_paused WHERE document_id", t.Sql, StringComparison.Ordinal));
    }

    [Fact]
    public void After_a_bulk_import_the_same_connection_reindexes_single_edits()
    {
        var documentId = Import("doc", ("Deterrence is credible.", "抑止は信頼できる。"), ("Allies agree.", "同盟国は同意する。"));

        Memory.EditSegmentText(documentId, "fix", new SegmentTextChange(Language.Japanese, 0, "抑止は信頼できる。", "抑止力は信頼できる。"));
        var links = Memory.GetLinks(documentId);
        Memory.ApplyEdit(documentId, new LinkEdit("confirm", [links[1]], [links[1] with { Status = LinkStatus.Confirmed }]));

        Assert.Equal("抑止力は信頼できる。", Assert.Single(Search("抑止力", SearchSide.Japanese)).Pair.JapaneseText);
        Assert.Equal(LinkStatus.Confirmed, Assert.Single(Search("同盟国", SearchSide.Japanese)).Pair.Link.Status);
    }

    [Fact]
    public void A_bulk_insert_that_fails_midway_leaves_the_connection_reindexing_single_edits()
    {
        var kept = Import("kept", ("Deterrence is credible.", "抑止は信頼できる。"));
        var document = SampleDocuments.Create();
        var links = document.Links.ToArray();
        links[^1] = links[^1] with { Version = -1 }; // passes the bead checks, fails the table's CHECK inside the insert loop

        using (var import = Memory.BeginImport(document with { Name = "failing", Links = [] }, replace: false))
        {
            Assert.Throws<SqliteException>(() => import.Complete(links, new LinkSearchKeys?[links.Length]));
        }

        Memory.EditSegmentText(kept, "fix", new SegmentTextChange(Language.Japanese, 0, "抑止は信頼できる。", "抑止力は信頼できる。"));
        Assert.Equal("抑止力は信頼できる。", Assert.Single(Search("抑止力", SearchSide.Japanese)).Pair.JapaneseText);
        Assert.Null(Memory.FindDocument("failing"));
    }

    [Fact]
    public void Whole_document_writes_keep_the_gram_counts_equal_to_a_recount()
    {
        Import("kept", ("Deterrence is credible.", "抑止は信頼できる。"), ("Allies agree.", "同盟国は同意する。"));
        Import("replaced", ("Deterrence failed.", "抑止は失敗した。"));
        Import("replaced", replace: true, SampleDocuments.ImportTime, ("Coercion works.", "強制は機能する。"));

        using var connection = OpenRaw();
        SearchFunctions.Register(connection);
        var stored = connection.Query<(string, string, long)>("SELECT lang, gram, pairs FROM fuzzy_gram_counts WHERE pairs > 0 ORDER BY lang, gram").ToList();
        var recounted = connection.Query<(string, string, long)>(
                "SELECT 'en', g.value, count(*) FROM search_link_texts t, json_each('[\"' || replace(wb_fuzzy_grams('en', t.en), ' ', '\",\"') || '\"]') g WHERE g.value <> '' GROUP BY g.value " +
                "UNION ALL SELECT 'ja', g.value, count(*) FROM search_link_texts t, json_each('[\"' || replace(wb_fuzzy_grams('ja', t.ja), ' ', '\",\"') || '\"]') g WHERE g.value <> '' GROUP BY g.value ORDER BY 1, 2")
            .ToList();
        Assert.Contains(("en", "deterrence", 1L), stored);
        Assert.Contains(("ja", "抑止", 1L), stored);
        Assert.DoesNotContain(stored, row => row.Item2 == "failed");
        Assert.Equal(recounted, stored);
    }

    [Fact]
    public void A_connection_without_the_search_functions_cannot_change_pairs_behind_the_index()
    {
        Import("doc", ("Deterrence is credible.", "抑止は信頼できる。"));

        using var other = OpenRaw();
        var error = Assert.Throws<SqliteException>(() => other.Execute("UPDATE segments SET text = '別の文。' WHERE lang = 'ja'"));

        Assert.Contains("wb_", error.Message, StringComparison.Ordinal);
        Assert.Single(Search("抑止", SearchSide.Japanese));
    }

    [Fact]
    public void A_database_from_before_the_index_is_indexed_by_migration()
    {
        using (var old = OpenRaw())
        {
            SchemaMigrator.Migrate(old, targetVersion: 2);
            old.Execute("INSERT INTO documents (name, imported_at) VALUES ('old', '2025-01-01T00:00:00.0000000+00:00')");
            old.Execute("INSERT INTO segments VALUES (1, 'en', 0, 0, 1, 'Deterrence held.'), (1, 'ja', 0, 0, 1, '抑止は維持された。')");
            old.Execute("INSERT INTO links (document_id, en_start, en_count, ja_start, ja_count, confidence, status, updated_at) VALUES (1, 0, 1, 0, 1, 0.9, 'confirmed', '2025-01-01T00:00:00.0000000+00:00')");
        }

        Assert.Equal("Deterrence held.", Assert.Single(Search("抑止", SearchSide.Japanese)).Pair.EnglishText);
        Assert.Equal(100, new FuzzyMatcher(Memory.SearchIndex).Lookup("Deterrence held.", Language.English, 70, 1)[0].Percentage);
    }

    [Fact]
    public void Pairs_indexed_with_format_characters_in_their_keys_are_indexed_again_by_migration()
    {
        using (var old = OpenRaw())
        {
            SearchFunctions.Register(old);
            SchemaMigrator.Migrate(old, targetVersion: 7);
            // Keys as version 7 made them: a soft hyphen or zero-width space stayed inside the key (stood for by an x).
            old.CreateFunction<string?, string?, string>(
                "wb_search_key",
                (lang, text) => SearchKeys.Of(text!.Replace('\u00AD', 'x').Replace('\u200B', 'x'), lang == "en" ? Language.English : Language.Japanese),
                isDeterministic: true);
            old.Execute("INSERT INTO documents (name, imported_at) VALUES ('old', '2026-01-01T00:00:00.0000000+00:00')");
            old.Execute("INSERT INTO segments VALUES (1, 'en', 0, 0, 1, 'nu\u00ADclear umbrella.'), (1, 'ja', 0, 0, 1, '核\u200B抑止。'), (1, 'en', 1, 1, 2, 'Plain words.'), (1, 'ja', 1, 1, 2, '平文。')");
            old.Execute("INSERT INTO links (document_id, en_start, en_count, ja_start, ja_count, confidence, status, updated_at) VALUES (1, 0, 1, 0, 1, 0.9, 'auto', '2026-01-01T00:00:00.0000000+00:00'), (1, 1, 1, 1, 1, 0.9, 'auto', '2026-01-01T00:00:00.0000000+00:00')");
        }

        using (var before = OpenRaw())
        {
            SearchFunctions.Register(before);
            Assert.Equal(0L, before.ExecuteScalar<long>("SELECT count(*) FROM search_en WHERE search_en MATCH '\"nuclear\"'"));
        }

        Assert.Equal("nu\u00ADclear umbrella.", Assert.Single(Search("nuclear umbrella", SearchSide.English)).Pair.EnglishText);
        Assert.Equal("核\u200B抑止。", Assert.Single(Search("核抑止", SearchSide.Japanese)).Pair.JapaneseText);
        Assert.Single(Search("plain words", SearchSide.English));
        Assert.Equal(2, Memory.SearchIndex.CountPairs());
    }

    [Fact]
    public void The_bundled_sqlite_supports_the_index()
    {
        using var connection = OpenRaw();

        SearchFunctions.EnsureSupported(connection);
    }

    protected override ITranslationMemory CreateMemory() => SqliteTranslationMemory.Open(DatabasePath);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            folder.Dispose();
        }
    }

    private static AlignmentLink Bead(int enStart, int enCount, int jaStart, int jaCount, LinkStatus status = LinkStatus.Auto) =>
        new(new Core.Alignment.Bead(enStart, enCount, jaStart, jaCount, 0.9), status, SampleDocuments.ImportTime);

    /// <summary>The index the bulk writer left equals, table by table, what the row-by-row triggers write for the same documents.</summary>
    private void AssertIndexEqualsTriggered(IReadOnlyList<NewDocument> documents, int indexedPairs)
    {
        using var triggered = new SqliteConnection("Data Source=:memory:");
        triggered.Open();
        SchemaMigrator.Migrate(triggered);
        var documentId = 0;
        foreach (var document in documents)
        {
            documentId++;
            triggered.Execute("INSERT INTO documents (id, name, imported_at) VALUES (@documentId, @Name, '2026-01-01T00:00:00.0000000+00:00')", new { documentId, document.Name });
            foreach (var (language, segments) in new[] { ("en", document.English), ("ja", document.Japanese) })
            {
                triggered.Execute(
                    "INSERT INTO segments (document_id, lang, idx, paragraph, source_line, text) VALUES (@documentId, @language, @Index, @Paragraph, @SourceLine, @Text)",
                    segments.Select(s => new { documentId, language, s.Index, s.Paragraph, s.SourceLine, s.Text }));
            }

            triggered.Execute(
                "INSERT INTO links (document_id, en_start, en_count, ja_start, ja_count, confidence, status, updated_at) VALUES (@documentId, @EnStart, @EnCount, @JaStart, @JaCount, 0.9, @Status, '2026-01-01T00:00:00.0000000+00:00')",
                document.Links.Select(l => new { documentId, l.Bead.EnStart, l.Bead.EnCount, l.Bead.JaStart, l.Bead.JaCount, Status = l.Status.ToString().ToLowerInvariant() }));
        }

        using var bulk = OpenRaw();
        Assert.Equal(indexedPairs, IndexRows(triggered, "search_links").Count);
        foreach (var table in new[] { "search_links", "search_en", "search_ja", "search_ja_chars", "fuzzy_en", "fuzzy_ja" })
        {
            var expected = IndexRows(triggered, table);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, IndexRows(bulk, table));
        }
    }

    // A table's rows as text: search_links itself, or every (term, row id, column, offset) an FTS5 index holds.
    private static List<string> IndexRows(SqliteConnection connection, string table)
    {
        if (table == "search_links")
        {
            return connection.Query<(long, long, long)>("SELECT link_id, en_rowid, ja_rowid FROM search_links ORDER BY link_id").Select(r => r.ToString()).ToList();
        }

        connection.Execute($"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_terms USING fts5vocab(main, {table}, instance)");
        return connection.Query<(string, long, string?, long?)>($"SELECT term, doc, col, offset FROM temp.{table}_terms ORDER BY term, doc, col, offset").Select(r => r.ToString()).ToList();
    }

    // Every stored FTS5 setting of the five index tables, as "table key value".
    private static List<string> FullTextSettings(SqliteConnection connection) =>
        new[] { "search_en", "search_ja", "search_ja_chars", "fuzzy_en", "fuzzy_ja" }
            .SelectMany(table => connection.Query<(string Key, string Value)>($"SELECT k, CAST(v AS TEXT) FROM {table}_config ORDER BY k").Select(row => $"{table} {row.Key} {row.Value}"))
            .ToList();

    private SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }
}
