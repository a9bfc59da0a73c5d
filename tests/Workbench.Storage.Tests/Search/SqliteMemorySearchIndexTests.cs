using Dapper;
using Microsoft.Data.Sqlite;
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

    private SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }
}
