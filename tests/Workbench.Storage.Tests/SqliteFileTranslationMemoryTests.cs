using Microsoft.Data.Sqlite;
using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Core.Storage;
using Workbench.Core.Tests.Support;

namespace Workbench.Storage.Tests;

/// <summary>The contract on a database file, plus what only a file can show: WAL, durability across reopening.</summary>
public sealed class SqliteFileTranslationMemoryTests : TranslationMemoryContract
{
    private readonly TemporaryDirectory folder = new();

    private string DatabasePath => Path.Combine(folder.Path, "nested", "tm.db");

    [Fact]
    public void Database_file_uses_wal_with_foreign_keys_and_the_latest_schema()
    {
        Memory.ImportDocument(SampleDocuments.Create(), replace: false);

        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
        Assert.Equal((long)SchemaMigrator.LatestVersion, Scalar(connection, "PRAGMA user_version"));
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
    }

    [Fact]
    public void Edits_and_their_history_survive_reopening()
    {
        var id = Memory.ImportDocument(SampleDocuments.Create(), replace: false);
        var first = Memory.GetLinks(id)[0];
        Memory.ApplyEdit(id, new LinkEdit("confirm", [first], [first with { Status = LinkStatus.Confirmed }]));
        Memory.Dispose();

        using (var reopened = SqliteTranslationMemory.Open(DatabasePath))
        {
            Assert.Equal(LinkStatus.Confirmed, reopened.GetLinks(id)[0].Status);
            Assert.Equal("confirm", reopened.Undo(id)?.Description);
        }

        using var again = SqliteTranslationMemory.Open(DatabasePath);
        Assert.Equal(LinkStatus.Auto, again.GetLinks(id)[0].Status);
        Assert.Equal("confirm", again.Redo(id)?.Description);
    }

    [Fact]
    public void A_large_import_is_checkpointed_beside_and_closing_leaves_only_the_database_file_holding_it()
    {
        // Thousands of pairs: a log of well over wal_autocheckpoint's 1,000 pages, whose checkpoint runs on a
        // connection of its own after the commit (WalCheckpointBeside). Closing must wait for it: the switch back to
        // rollback-journal mode cannot be made while that connection is open, and would leave -wal and -shm behind.
        const int Pairs = 12_000;
        var english = Enumerable.Range(0, Pairs).Select(i => new Segment(i, i, i + 1, $"Sentence {i} says that extended deterrence rests on credible promises number {i}.")).ToList();
        var japanese = Enumerable.Range(0, Pairs).Select(i => new Segment(i, i, i + 1, $"第{i}文は、拡大抑止が信頼できる約束{i}に支えられていると述べる。")).ToList();
        var links = Enumerable.Range(0, Pairs).Select(i => SampleDocuments.Link(i, 1, i, 1, 0.9)).ToList();

        var id = Memory.ImportDocument(new NewDocument("large", null, null, english, japanese, links), replace: false);
        var log = new FileInfo(DatabasePath + "-wal").Length;
        Memory.Dispose();

        Assert.True(log > 1_000 * 4_096, $"the import's log ({log} bytes) is past the automatic checkpoint's size");
        Assert.False(File.Exists(DatabasePath + "-wal"));
        Assert.False(File.Exists(DatabasePath + "-shm"));
        using var reopened = SqliteTranslationMemory.OpenReadOnly(DatabasePath);
        Assert.Equal(Pairs, reopened.GetLinks(id).Count);
        Assert.Equal(japanese[^1].Text, reopened.GetSegments(id, Language.Japanese)[^1].Text);
    }

    [Fact]
    public void A_file_that_is_not_a_database_gives_an_input_error()
    {
        var path = Path.Combine(folder.Path, "notes.db");
        File.WriteAllText(path, "these are my notes, not a database, and they are long enough to have a header");

        var error = Assert.Throws<WorkbenchInputException>(() => SqliteTranslationMemory.Open(path));

        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.Equal("these are my notes, not a database, and they are long enough to have a header", File.ReadAllText(path));
    }

    protected override ITranslationMemory CreateMemory() => SqliteTranslationMemory.Open(DatabasePath);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            folder.Dispose();
        }
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
