using System.Text.Json;
using Workbench.Core.Tests.Support;

namespace Workbench.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private const string English = "Deterrence depends on credibility.\nAllies doubt the promise.\n";
    private const string Japanese = "抑止は信頼性にかかっている。\n同盟国はその約束を疑っている。\n";

    private readonly TemporaryDirectory folder = new();

    private string Database => Path.Combine(folder.Path, "tm.db");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Import_stores_a_document_that_list_and_show_report()
    {
        var en = folder.Write("essay/en.txt", English);
        var ja = folder.Write("essay/ja.txt", Japanese);

        var imported = CliRun.Invoke("import", "--db", Database, "--en", en, "--ja", ja);

        Assert.Equal(0, imported.ExitCode);
        Assert.Contains("imported 'essay'", imported.Output, StringComparison.Ordinal);
        var listed = CliRun.Invoke("list", "--db", Database);
        Assert.Contains("essay", listed.Output, StringComparison.Ordinal);
        var shown = CliRun.Invoke("show", "--db", Database, "--doc", "essay", "--format", "json");
        Assert.Equal(0, shown.ExitCode);
        using var json = JsonDocument.Parse(shown.Output);
        var pairs = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, pairs.Count);
        Assert.Equal("同盟国はその約束を疑っている。", pairs[1].GetProperty("japanese").GetString());
        Assert.InRange(pairs[0].GetProperty("confidence").GetDouble(), 0, 1);
    }

    [Fact]
    public void Database_path_comes_from_the_environment_when_no_option_is_given()
    {
        var ja = folder.Write("only-ja.txt", Japanese);
        Environment.SetEnvironmentVariable(GlobalOptions.DatabaseEnvironmentVariable, Database);
        try
        {
            Assert.Equal(0, CliRun.Invoke("import", "--ja", ja).ExitCode);
        }
        finally
        {
            Environment.SetEnvironmentVariable(GlobalOptions.DatabaseEnvironmentVariable, null);
        }

        Assert.Contains("only-ja", CliRun.Invoke("list", "--db", Database).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Japanese_only_import_aligns_every_sentence_to_nothing()
    {
        var ja = folder.Write("commentary.txt", Japanese);

        Assert.Equal(0, CliRun.Invoke("import", "--db", Database, "--ja", ja).ExitCode);

        var shown = CliRun.Invoke("show", "--db", Database, "--doc", "commentary", "--format", "json");
        using var json = JsonDocument.Parse(shown.Output);
        Assert.All(json.RootElement.EnumerateArray(), pair => Assert.Equal(0, pair.GetProperty("en").GetArrayLength()));
    }

    [Fact]
    public void Reimporting_a_name_fails_with_exit_2_unless_replace_is_given()
    {
        var ja = folder.Write("doc.txt", Japanese);
        Assert.Equal(0, CliRun.Invoke("import", "--db", Database, "--ja", ja).ExitCode);

        var again = CliRun.Invoke("import", "--db", Database, "--ja", ja);
        Assert.Equal(2, again.ExitCode);
        Assert.Equal("workbench: document 'doc' already exists; use --replace to overwrite it", again.Error.Trim());

        var replaced = CliRun.Invoke("import", "--db", Database, "--ja", folder.Write("doc.txt", "一文だけ。\n"), "--replace");
        Assert.Equal(0, replaced.ExitCode);
        Assert.Contains("1 Japanese sentences", replaced.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_input_file_leaves_the_database_unchanged()
    {
        var ja = folder.Write("good.txt", Japanese);
        Assert.Equal(0, CliRun.Invoke("import", "--db", Database, "--ja", ja).ExitCode);
        var before = CliRun.Invoke("show", "--db", Database, "--doc", "good", "--format", "json").Output;

        var failed = CliRun.Invoke("import", "--db", Database, "--en", Path.Combine(folder.Path, "missing.txt"), "--ja", ja, "--name", "good", "--replace");

        Assert.Equal(2, failed.ExitCode);
        Assert.Single(failed.Error.Trim().Split('\n'));
        Assert.Contains("missing.txt", failed.Error, StringComparison.Ordinal);
        Assert.Equal(before, CliRun.Invoke("show", "--db", Database, "--doc", "good", "--format", "json").Output);
    }

    [Fact]
    public void A_file_that_is_not_a_database_gives_one_line_and_exit_2()
    {
        var notADatabase = folder.Write("notes.db", "a plain text file that happens to be called notes.db, long enough for a header");

        var listed = CliRun.Invoke("list", "--db", notADatabase);

        Assert.Equal(2, listed.ExitCode);
        Assert.Single(listed.Error.Trim().Split('\n'));
        Assert.StartsWith($"workbench: {notADatabase}: not a Workbench database", listed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_exit_with_2()
    {
        Assert.Equal(2, CliRun.Invoke("import", "--db", Database).ExitCode);
        Assert.Equal(2, CliRun.Invoke("show", "--db", Database, "--doc", "nothing").ExitCode);
        Assert.Equal(2, CliRun.Invoke("no-such-command").ExitCode);
    }
}
