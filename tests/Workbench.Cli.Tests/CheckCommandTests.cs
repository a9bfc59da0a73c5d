using System.Text.Json;
using System.Xml.Linq;
using Workbench.Core.Tests.Support;

namespace Workbench.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    private static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Workbench.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Workbench.sln not found");
    }

    private static string Glossary => Path.Combine(Root(), "glossary");

    private static string SampleEnglish => Path.Combine(Root(), "tm", "sample", "en.txt");

    private static string SampleJapanese => Path.Combine(Root(), "tm", "sample", "ja.txt");

    private string FixedJapanese() =>
        folder.Write("fixed/ja.txt", File.ReadAllText(SampleJapanese).Replace("キエフ", "キーウ", StringComparison.Ordinal).Replace("取引型抑止", "取引的抑止", StringComparison.Ordinal));

    [Fact]
    public void Sample_slips_fail_the_check_and_the_fixed_copy_passes()
    {
        var slips = CliRun.Invoke("check", "--glossary", Glossary, "--en", SampleEnglish, "--ja", SampleJapanese);
        Assert.Equal(1, slips.ExitCode);
        Assert.Contains("「キエフ」 is a forbidden variant of \"Kyiv\"", slips.Output, StringComparison.Ordinal);
        Assert.Contains("取引[-的][+型]抑止", slips.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", slips.Output, StringComparison.Ordinal);

        var fixedRun = CliRun.Invoke("check", "--glossary", Glossary, "--en", SampleEnglish, "--ja", FixedJapanese());
        Assert.Equal(0, fixedRun.ExitCode);
    }

    [Fact]
    public void An_empty_output_name_is_an_input_error_not_an_internal_one()
    {
        var run = CliRun.Invoke("check", "--glossary", Glossary, "--en", SampleEnglish, "--ja", SampleJapanese, "-o", "");
        Assert.Equal((2, "workbench: --output is empty: give a file or folder name"), (run.ExitCode, run.Error.Trim()));
    }

    [Fact]
    public void An_output_that_is_a_folder_says_so()
    {
        var run = CliRun.Invoke("check", "--glossary", Glossary, "--en", SampleEnglish, "--ja", SampleJapanese, "-o", folder.Path);
        Assert.Equal((2, $"workbench: {folder.Path}: is a directory, expected a file"), (run.ExitCode, run.Error.Trim()));
    }

    [Fact]
    public void Sarif_has_rules_levels_and_the_japanese_file_line()
    {
        var report = folder.Write("report.sarif", string.Empty);
        var run = CliRun.Invoke("check", "--glossary", Glossary, "--en", SampleEnglish, "--ja", SampleJapanese, "--format", "sarif", "-o", report);
        Assert.Equal(1, run.ExitCode);
        using var sarif = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var kyiv = results.Single(r => r.GetProperty("ruleId").GetString() == "term-forbidden" && r.GetProperty("message").GetProperty("text").GetString()!.Contains("キエフ", StringComparison.Ordinal));
        Assert.Equal("error", kyiv.GetProperty("level").GetString());
        var location = kyiv.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("tm/sample/ja.txt", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, location.GetProperty("region").GetProperty("startLine").GetInt32());
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Contains(rules.EnumerateArray(), r => r.GetProperty("id").GetString() == "number-mismatch");
    }

    [Fact]
    public void Github_and_junit_formats_report_the_slips()
    {
        var github = CliRun.Invoke("check", "--glossary", Glossary, "--en", SampleEnglish, "--ja", SampleJapanese, "--format", "github");
        Assert.Matches(@"::error file=[^,]*tm/sample/ja\.txt,line=4,title=workbench term-forbidden::「取引型抑止」", github.Output);

        var junit = CliRun.Invoke("check", "--glossary", Glossary, "--en", SampleEnglish, "--ja", SampleJapanese, "--format", "junit");
        var suites = XDocument.Parse(junit.Output).Root!;
        var cases = suites.Descendants("testcase").ToList();
        Assert.Equal(6, cases.Count);
        Assert.NotNull(cases.Single(c => (string?)c.Attribute("name") == "term-forbidden").Element("failure"));
        Assert.Null(cases.Single(c => (string?)c.Attribute("name") == "number-mismatch").Element("failure"));
    }

    [Fact]
    public void Warnings_fail_only_with_fail_on_warning()
    {
        var en = folder.Write("w/en.txt", "Spending rose to 5% in 2024.\n");
        var ja = folder.Write("w/ja.txt", "支出は2024年に4%に増えた。\n");
        Assert.Equal(0, CliRun.Invoke("check", "--glossary", Glossary, "--en", en, "--ja", ja).ExitCode);
        var failing = CliRun.Invoke("check", "--glossary", Glossary, "--en", en, "--ja", ja, "--fail-on", "warning", "--format", "json");
        Assert.Equal(1, failing.ExitCode);
        using var json = JsonDocument.Parse(failing.Output);
        Assert.Equal("number-mismatch", json.RootElement.GetProperty("findings")[0].GetProperty("rule").GetString());
    }

    [Fact]
    public void Bad_glossary_is_one_line_with_file_and_line_and_exit_2()
    {
        var bad = folder.Write("bad/terms.tsv", "Kyiv\tキーウ\nNATO\n");
        var run = CliRun.Invoke("check", "--glossary", bad, "--en", SampleEnglish, "--ja", SampleJapanese);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"workbench: {bad}:2: expected 2 to 4 columns (english, japanese, note, forbidden), found 1", run.Error.Trim());
    }

    [Fact]
    public void Glossary_clear_removes_the_stored_term_base_and_a_missing_database_is_an_error()
    {
        var db = Path.Combine(folder.Path, "tm.db");
        Assert.Equal(0, CliRun.Invoke("--db", db, "glossary", "import", Glossary).ExitCode);
        Assert.Equal(0, CliRun.Invoke("--db", db, "import", "--en", SampleEnglish, "--ja", SampleJapanese, "--name", "sample").ExitCode);
        Assert.Equal(1, CliRun.Invoke("--db", db, "check").ExitCode);

        var clear = CliRun.Invoke("--db", db, "glossary", "clear");
        var again = CliRun.Invoke("--db", db, "glossary", "clear");
        var missing = CliRun.Invoke("--db", Path.Combine(folder.Path, "none.db"), "glossary", "clear");

        Assert.Equal(0, clear.ExitCode);
        Assert.Matches($"^removed [1-9][0-9]* glossary entries from {System.Text.RegularExpressions.Regex.Escape(db)}$", clear.Output.Trim());
        Assert.Equal((0, $"no glossary stored in {db}; nothing to clear"), (again.ExitCode, again.Output.Trim()));
        Assert.Equal(2, missing.ExitCode);
        Assert.False(File.Exists(Path.Combine(folder.Path, "none.db")));
        // The forbidden variants that failed the gate above came from the stored glossary, now gone.
        var check = CliRun.Invoke("--db", db, "check");
        Assert.Equal(0, check.ExitCode);
        Assert.DoesNotContain("term-forbidden", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Database_mode_uses_the_imported_glossary_and_terms_lists_clusters()
    {
        var db = Path.Combine(folder.Path, "tm.db");
        Assert.Equal(0, CliRun.Invoke("--db", db, "glossary", "import", Glossary).ExitCode);
        Assert.Equal(0, CliRun.Invoke("--db", db, "import", "--en", SampleEnglish, "--ja", SampleJapanese, "--name", "sample").ExitCode);
        var other = folder.Write("other/ja.txt", "取引的抑止は限界がある。\nキーウは持ちこたえた。\n");
        Assert.Equal(0, CliRun.Invoke("--db", db, "import", "--ja", other, "--name", "other").ExitCode);

        var check = CliRun.Invoke("--db", db, "check", "--format", "json");
        Assert.Equal(1, check.ExitCode);
        using (var json = JsonDocument.Parse(check.Output))
        {
            var forbidden = json.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule").GetString() == "term-forbidden").ToList();
            Assert.Equal(["キエフ", "取引型抑止"], forbidden.Select(f => f.GetProperty("found").GetString()));
        }

        var terms = CliRun.Invoke("--db", db, "terms", "--format", "json");
        Assert.Equal(0, terms.ExitCode);
        using var clusters = JsonDocument.Parse(terms.Output);
        var texts = clusters.RootElement.EnumerateArray()
            .Select(c => c.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("text").GetString()).ToHashSet())
            .ToList();
        Assert.Contains(texts, t => t.SetEquals(["キエフ", "キーウ"]));
        Assert.Contains(texts, t => t.SetEquals(["取引的抑止", "取引型抑止"]));
        var first = clusters.RootElement[0];
        Assert.True(first.TryGetProperty("source", out _) && first.TryGetProperty("score", out _));
        Assert.True(first.GetProperty("variants")[0].GetProperty("locations")[0].TryGetProperty("doc", out _));
    }

    public void Dispose() => folder.Dispose();
}
