using Microsoft.Data.Sqlite;
using Workbench.Core.Documents;
using Workbench.Core.Tests.Support;

namespace Workbench.Storage.Tests;

/// <summary>
/// <see cref="WriteBehind"/>: a hint to the operating system that changes no byte of any file, runs on its own thread
/// from the start of an import to the wait for its checkpoint, and tolerates a log that does not exist yet.
/// </summary>
public sealed class WriteBehindTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    [Fact]
    public void Writing_behind_a_file_whose_log_appears_later_changes_neither_and_stops_when_disposed()
    {
        var database = Path.Combine(folder.Path, "tm.db");
        var content = Enumerable.Range(0, 3 << 20).Select(i => (byte)(i * 7)).ToArray();
        File.WriteAllBytes(database, content);

        var behind = WriteBehind.Start(database);
        Assert.True(behind.Running);
        Thread.Sleep(40);
        File.WriteAllBytes(database + "-wal", content.AsSpan(0, 1 << 20).ToArray()); // the log is created after the start
        Thread.Sleep(40);
        behind.Dispose();
        behind.Dispose();

        Assert.False(behind.Running);
        Assert.Equal(content, File.ReadAllBytes(database));
        Assert.Equal(content.AsSpan(0, 1 << 20).ToArray(), File.ReadAllBytes(database + "-wal"));
    }

    [Fact]
    public void Writing_behind_a_missing_file_does_nothing_and_stops()
    {
        var behind = WriteBehind.Start(Path.Combine(folder.Path, "missing.db"));
        Thread.Sleep(20);
        behind.Dispose();

        Assert.False(behind.Running);
        Assert.False(File.Exists(Path.Combine(folder.Path, "missing.db")));
    }

    [Fact]
    public void An_import_into_a_file_writes_behind_from_its_start_until_the_memory_closes_and_stores_every_pair()
    {
        var path = Path.Combine(folder.Path, "import.db");
        var document = SampleDocuments.Create();
        var memory = SqliteTranslationMemory.Open(path);
        Assert.False(memory.WritingBehind);

        using (var import = memory.BeginImport(document with { Links = [] }, replace: false))
        {
            Assert.True(memory.WritingBehind);
            import.Complete(document.Links, []);
        }

        Assert.True(memory.WritingBehind); // through the checkpoint after the commit
        memory.Dispose();
        Assert.False(memory.WritingBehind);
        Assert.False(File.Exists(path + "-wal"));

        using var reopened = SqliteTranslationMemory.OpenReadOnly(path);
        var stored = Assert.Single(reopened.ListDocuments());
        Assert.Equal(document.Links.Count, reopened.GetLinks(stored.Id).Count);
    }

    [Fact]
    public void An_in_memory_database_is_not_written_behind()
    {
        using var memory = SqliteTranslationMemory.OpenInMemory();
        memory.ImportDocument(SampleDocuments.Create(), replace: false);

        Assert.False(memory.WritingBehind);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
