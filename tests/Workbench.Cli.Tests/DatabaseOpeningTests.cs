using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Workbench.Core.Tests.Support;

namespace Workbench.Cli.Tests;

/// <summary>
/// Read-only commands never create a database or its folder, never write to one (a read-only file can be listed and
/// exported) and leave no -wal/-shm behind; a --db that is not a Workbench database is said so in one line.
/// </summary>
public sealed class DatabaseOpeningTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string[]> ReadOnlyCommands() => new()
    {
        { ["list"] },
        { ["show", "--doc", "essay"] },
        { ["export"] },
        { ["export", "--format", "tsv", "-o", "out.tsv"] },
        { ["check"] },
        { ["terms"] },
        { ["glossary", "export"] },
    };

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void An_empty_db_is_refused_instead_of_read_as_the_default_database(string database)
    {
        // The English file is missing so that, without the check, the import fails before writing anything.
        var run = CliRun.Invoke("import", "--en", Path.Combine(folder.Path, "missing.txt"), "--ja", folder.Write("ja.txt", "猫が座った。\n"), "--db", database);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("workbench: --db is empty: give a database file or a PostgreSQL connection string, or leave --db out", run.Error.Trim());
    }

    [Theory]
    [MemberData(nameof(ReadOnlyCommands))]
    public void A_read_only_command_on_a_missing_database_creates_neither_it_nor_its_folder(string[] command)
    {
        var database = Path.Combine(folder.Path, "missing", "x.db");

        var run = CliRun.Invoke([.. command, "--db", database]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"workbench: {database}: no such database (nothing has been imported into it yet)", run.Error.Trim());
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "missing")));
    }

    [Theory]
    [MemberData(nameof(ReadOnlyCommands))]
    public void A_read_only_command_leaves_the_database_byte_for_byte_and_no_wal_or_shm(string[] command)
    {
        var database = ImportEssay();
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(database, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        var before = Hash(database);

        var run = CliRun.Invoke([.. command.Select(a => a == "out.tsv" ? Path.Combine(folder.Path, a) : a), "--db", database]);

        Assert.True(run.ExitCode is 0 or 1, $"exit {run.ExitCode}: {run.Error}");
        Assert.Equal(before, Hash(database));
        Assert.Equal(["tm.db"], Directory.GetFiles(Path.GetDirectoryName(database)!).Select(Path.GetFileName));
    }

    [Fact]
    public void A_write_command_leaves_no_wal_or_shm_either()
    {
        var database = ImportEssay();

        Assert.Equal(0, CliRun.Invoke("glossary", "import", Path.Combine(RepositoryPaths.Root, "glossary"), "--db", database).ExitCode);

        Assert.Equal(["tm.db"], Directory.GetFiles(Path.GetDirectoryName(database)!).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("list")]
    [InlineData("glossary import")]
    public void A_text_file_given_as_database_is_not_a_workbench_database(string command)
    {
        var notes = folder.Write("notes.db", "shopping list\n");
        var arguments = command.Split(' ').Concat(command == "list" ? [] : [Path.Combine(RepositoryPaths.Root, "glossary")]);

        var run = CliRun.Invoke([.. arguments, "--db", notes]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"workbench: {notes}: not a Workbench database (not an SQLite file); give another --db, or a new file name to start one", run.Error.Trim());
        Assert.Equal("shopping list\n", File.ReadAllText(notes));
    }

    [Fact]
    public void Another_programs_sqlite_database_is_refused_and_left_alone()
    {
        var other = Path.Combine(folder.Path, "browser.sqlite");
        using (var connection = new SqliteConnection($"Data Source={other};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE bookmarks (url TEXT)";
            create.ExecuteNonQuery();
        }

        var before = Hash(other);

        var run = CliRun.Invoke("glossary", "import", Path.Combine(RepositoryPaths.Root, "glossary"), "--db", other);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"workbench: {other}: not a Workbench database (an SQLite database of another program); give another --db, or a new file name to start one", run.Error.Trim());
        Assert.Equal(before, Hash(other));
    }

    [Fact]
    public void An_all_ascii_pdf_given_as_english_is_named_and_no_database_is_created()
    {
        var pdf = folder.Write("article.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nDeterrence is back.\n%%EOF\n");
        var ja = folder.Write("ja.txt", "抑止が戻ってきた。\n");
        var database = Path.Combine(folder.Path, "new", "tm.db");

        var run = CliRun.Invoke("import", "--en", pdf, "--ja", ja, "--db", database);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"workbench: {pdf}: a PDF file: save the article as text or HTML first", run.Error.Trim());
        Assert.False(Directory.Exists(Path.GetDirectoryName(database)), "a refused input must not leave a new database behind");
    }

    private string ImportEssay()
    {
        var database = Path.Combine(folder.Path, "db", "tm.db");
        var en = folder.Write("essay/en.txt", "Deterrence depends on credibility.\nAllies doubt it.\n");
        var ja = folder.Write("essay/ja.txt", "抑止は信頼性にかかっている。\n同盟国はそれを疑っている。\n");
        Assert.Equal(0, CliRun.Invoke("import", "--en", en, "--ja", ja, "--name", "essay", "--db", database).ExitCode);
        Assert.Equal(0, CliRun.Invoke("glossary", "import", Path.Combine(RepositoryPaths.Root, "glossary"), "--db", database).ExitCode);
        return database;
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
