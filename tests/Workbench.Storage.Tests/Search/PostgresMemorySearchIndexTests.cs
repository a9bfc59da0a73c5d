using Dapper;
using Npgsql;
using Workbench.Core.Documents;
using Workbench.Core.Search;
using Workbench.Core.Storage;
using Workbench.Storage.Postgres;
using Workbench.Storage.Tests.Postgres;

namespace Workbench.Storage.Tests.Search;

/// <summary>The search contract on PostgreSQL, plus what only PostgreSQL shows: the database refuses writes that
/// bypass the index, and a database from before the index gets it by migration.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresMemorySearchIndexTests(PostgresServer server) : MemorySearchIndexContract
{
    private readonly Lazy<string> database = new(server.CreateDatabase);

    [SkippableFact]
    public void A_link_written_around_the_index_is_refused_at_commit()
    {
        Import("doc", ("Deterrence is credible.", "抑止は信頼できる。"));

        using var other = OpenRaw();
        var error = Assert.Throws<PostgresException>(() => other.Execute(
            "INSERT INTO links (document_id, en_start, en_count, ja_start, ja_count, confidence, status, updated_at) " +
            "SELECT id, 1, 1, 1, 1, 0.9, 'auto', now() FROM documents"));

        Assert.Contains("search index", error.MessageText, StringComparison.Ordinal);
        Assert.Equal(1, Memory.SearchIndex.CountPairs());
    }

    [SkippableFact]
    public void A_segment_text_changed_around_the_index_is_refused_at_commit()
    {
        Import("doc", ("Deterrence is credible.", "抑止は信頼できる。"));

        using var other = OpenRaw();
        Assert.Throws<PostgresException>(() => other.Execute("UPDATE segments SET text = '別の文。' WHERE lang = 'ja'"));

        Assert.Single(Search("抑止", SearchSide.Japanese));
    }

    [SkippableFact]
    public void A_text_edit_that_keeps_the_text_leaves_the_index_as_it_was()
    {
        var id = Import("doc", ("Deterrence is credible.", "抑止は信頼できる。"));

        Memory.EditSegmentText(id, "edit", new SegmentTextChange(Language.Japanese, 0, "抑止は信頼できる。", "抑止は信頼できる。"));

        Assert.Single(Search("抑止", SearchSide.Japanese));
        Assert.Equal(1, Memory.SearchIndex.CountPairs());
    }

    [SkippableFact]
    public void A_database_from_before_the_index_is_indexed_by_migration()
    {
        using (var old = OpenRaw())
        {
            PostgresSchemaMigrator.Migrate(old, "old", targetVersion: 3);
            old.Execute("INSERT INTO documents (name, imported_at) VALUES ('old', now())");
            old.Execute("INSERT INTO segments SELECT id, 'en', 0, 0, 1, 'Deterrence held.' FROM documents UNION ALL SELECT id, 'ja', 0, 0, 1, '抑止は維持された。' FROM documents");
            old.Execute("INSERT INTO links (document_id, en_start, en_count, ja_start, ja_count, confidence, status, updated_at) SELECT id, 0, 1, 0, 1, 0.9, 'confirmed', now() FROM documents");
        }

        Assert.Equal("Deterrence held.", Assert.Single(Search("抑止", SearchSide.Japanese)).Pair.EnglishText);
        Assert.Equal(100, new FuzzyMatcher(Memory.SearchIndex).Lookup("Deterrence held.", Language.English, 70, 1)[0].Percentage);
    }

    [SkippableFact]
    public void Pairs_indexed_with_format_characters_in_their_keys_are_indexed_again_by_migration()
    {
        using (var old = OpenRaw())
        {
            PostgresSchemaMigrator.Migrate(old, "old", targetVersion: 5);
            using var transaction = old.BeginTransaction();
            old.Execute("INSERT INTO documents (name, imported_at) VALUES ('old', now())", transaction: transaction);
            old.Execute(
                "INSERT INTO segments SELECT id, 'en', 0, 0, 1, 'nu\u00ADclear umbrella.' FROM documents UNION ALL SELECT id, 'ja', 0, 0, 1, '核\u200B抑止。' FROM documents",
                transaction: transaction);
            var linkId = old.ExecuteScalar<long>(
                "INSERT INTO links (document_id, en_start, en_count, ja_start, ja_count, confidence, status, updated_at) SELECT id, 0, 1, 0, 1, 0.9, 'auto', now() FROM documents RETURNING id",
                transaction: transaction);
            // The entry version 5 wrote kept the invisible characters in its keys: no posting a plain query reaches.
            old.Execute(
                "INSERT INTO search_pairs (link_id, rank, en_key, ja_key) VALUES (@linkId, @linkId, ' nu\u00ADclear umbrella ', '核\u200B抑止。')",
                new { linkId },
                transaction);
            transaction.Commit();
        }

        Assert.Equal("nu\u00ADclear umbrella.", Assert.Single(Search("nuclear umbrella", SearchSide.English)).Pair.EnglishText);
        Assert.Equal("核\u200B抑止。", Assert.Single(Search("核抑止", SearchSide.Japanese)).Pair.JapaneseText);
        Assert.Equal(1, Memory.SearchIndex.CountPairs());
    }

    [SkippableFact]
    public void Japanese_single_characters_are_found_whatever_the_database_locale()
    {
        // The throwaway cluster runs C.UTF-8; a pg_trgm index would depend on it, the postings do not.
        Import("doc", ("Nuclear.", "核"), ("Deterrence.", "抑止。"));

        Assert.Equal("核", Assert.Single(Search("核", SearchSide.Japanese)).Pair.JapaneseText);
        Assert.Equal("抑止。", Assert.Single(Search("止", SearchSide.Japanese)).Pair.JapaneseText);
    }

    protected override ITranslationMemory CreateMemory()
    {
        Skip.If(server.Unavailable is not null, server.Unavailable);
        return PostgresTranslationMemory.Open(database.Value);
    }

    private NpgsqlConnection OpenRaw()
    {
        Skip.If(server.Unavailable is not null, server.Unavailable);
        var connection = new NpgsqlConnection(database.Value);
        connection.Open();
        return connection;
    }
}
