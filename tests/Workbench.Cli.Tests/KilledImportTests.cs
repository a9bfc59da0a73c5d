using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Workbench.Core.Tests.Support;

namespace Workbench.Cli.Tests;

/// <summary>kill -9 in the middle of an import must leave a consistent database with no half-imported document.</summary>
public sealed class KilledImportTests : IDisposable
{
    private const int Sentences = 150_000;
    private const long WalBytesMeaningTheImportIsWriting = 4 * 1024 * 1024;

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Killing_an_import_midway_leaves_the_database_consistent_and_without_the_document()
    {
        var database = Path.Combine(folder.Path, "tm.db");
        var en = folder.Write("big/en.txt", Lines(i => $"Sentence number {i} speaks of deterrence and alliances."));
        var ja = folder.Write("big/ja.txt", Lines(i => $"第{i}文は抑止と同盟について述べる。"));
        Assert.Equal(0, CliRun.Invoke("import", "--db", database, "--ja", folder.Write("small.txt", "小さな文書。\n")).ExitCode);

        using var import = WorkbenchProcess.Start(folder.Path, "import", "--db", database, "--en", en, "--ja", ja);
        var killedWhileWriting = WaitForWalGrowth(import, database + "-wal");
        import.Kill(entireProcessTree: true);
        import.WaitForExit();

        Assert.True(killedWhileWriting, "the import finished before the test could kill it mid-transaction; raise Sentences");
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM documents WHERE name = 'big'"));
        Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM segments WHERE document_id NOT IN (SELECT id FROM documents)"));
        Assert.Equal(1L, Scalar(connection, "SELECT COUNT(*) FROM documents WHERE name = 'small'"));
    }

    private static bool WaitForWalGrowth(Process import, string walPath)
    {
        var deadline = Stopwatch.StartNew();
        while (!import.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (File.Exists(walPath) && new FileInfo(walPath).Length > WalBytesMeaningTheImportIsWriting)
            {
                return !import.HasExited;
            }

            Thread.Sleep(5);
        }

        return false;
    }

    private static string Lines(Func<int, string> line)
    {
        var text = new StringBuilder();
        for (var i = 0; i < Sentences; i++)
        {
            text.Append(line(i)).Append('\n');
        }

        return text.ToString();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
