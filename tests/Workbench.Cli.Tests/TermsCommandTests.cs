using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Workbench.Core.Tests.Support;

namespace Workbench.Cli.Tests;

public sealed class TermsCommandTests : IDisposable
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

    private string Memory()
    {
        var db = Path.Combine(folder.Path, "tm.db");
        var sample = Path.Combine(Root(), "tm", "sample");
        Assert.Equal(0, CliRun.Invoke("--db", db, "import", "--en", Path.Combine(sample, "en.txt"), "--ja", Path.Combine(sample, "ja.txt"), "--name", "sample").ExitCode);
        var other = folder.Write("other/ja.txt", "取引的抑止は限界がある。\nキーウは持ちこたえた。\n拡大抑止を協議した。\n");
        Assert.Equal(0, CliRun.Invoke("--db", db, "import", "--ja", other, "--name", "other").ExitCode);
        return db;
    }

    [Fact]
    public void Json_clusters_have_kind_evidence_score_and_one_based_segments()
    {
        var db = Memory();
        var run = CliRun.Invoke("--db", db, "terms", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var kyiv = json.RootElement.EnumerateArray().Single(c => c.GetProperty("variants").EnumerateArray().Any(v => v.GetProperty("text").GetString() == "キエフ"));
        Assert.Equal("known-spelling", kyiv.GetProperty("kind").GetString());
        Assert.StartsWith("official spelling: キーウ", kyiv.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        var other = kyiv.GetProperty("variants").EnumerateArray().Single(v => v.GetProperty("text").GetString() == "キーウ").GetProperty("locations")[0];
        Assert.Equal(("other", 2), (other.GetProperty("doc").GetString(), other.GetProperty("segment").GetInt32()));
        Assert.All(json.RootElement.EnumerateArray(), c => Assert.True(c.GetProperty("score").GetDouble() >= 0.5));
    }

    [Fact]
    public void All_reports_what_the_threshold_hides_and_text_fits_eighty_columns()
    {
        var db = Memory();
        var reported = CliRun.Invoke("--db", db, "terms");
        var all = CliRun.Invoke("--db", db, "terms", "--all");
        var strict = CliRun.Invoke("--db", db, "terms", "--min-score", "0.99");
        Assert.Equal((0, 0, 0), (reported.ExitCode, all.ExitCode, strict.ExitCode));
        int Count(string output) => int.Parse(Regex.Match(output, @"(\d+) clusters?\s*$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Count(all.Output) >= Count(reported.Output));
        Assert.True(Count(strict.Output) <= Count(reported.Output));
        Assert.Contains("#", reported.Output, StringComparison.Ordinal);
        Assert.All(reported.Output.Split('\n'), line => Assert.True(Workbench.Core.Text.Japanese.DisplayText.Width(line.TrimEnd('\r')) <= 80, line));
    }

    [Theory]
    [InlineData("--min-score", "2")]
    [InlineData("--doc", "nowhere")]
    public void Bad_options_are_one_line_and_exit_2(string option, string value)
    {
        var run = CliRun.Invoke("--db", Memory(), "terms", option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public void An_empty_or_missing_memory_is_one_line_and_exit_2()
    {
        var empty = Path.Combine(folder.Path, "empty.db");
        Assert.Equal(0, CliRun.Invoke("--db", empty, "glossary", "import", Path.Combine(Root(), "glossary")).ExitCode);
        var run = CliRun.Invoke("--db", empty, "terms");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("workbench: no documents in", run.Error.Trim(), StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));

        var missing = CliRun.Invoke("--db", Path.Combine(folder.Path, "missing.db"), "terms");
        Assert.Equal(2, missing.ExitCode);
        Assert.Single(missing.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Check_formats_agree_on_segment_numbers_and_carry_the_link()
    {
        var db = Memory();
        var glossary = Path.Combine(Root(), "glossary");
        var text = CliRun.Invoke("--db", db, "check", "--glossary", glossary);
        var json = CliRun.Invoke("--db", db, "check", "--glossary", glossary, "--format", "json");
        var sarif = CliRun.Invoke("--db", db, "check", "--glossary", glossary, "--format", "sarif");
        var junit = CliRun.Invoke("--db", db, "check", "--glossary", glossary, "--format", "junit");

        var number = int.Parse(Regex.Match(text.Output, @"term-forbidden .*\(sample #(\d+), auto link, confidence \d\.\d\d\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        using var findings = JsonDocument.Parse(json.Output);
        var first = findings.RootElement.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("rule").GetString() == "term-forbidden");
        Assert.Equal(number, first.GetProperty("segment").GetInt32());
        Assert.Equal("auto", first.GetProperty("linkStatus").GetString());
        Assert.InRange(first.GetProperty("linkConfidence").GetDouble(), 0, 1);
        using var results = JsonDocument.Parse(sarif.Output);
        var result = results.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "term-forbidden");
        Assert.Equal(number, result.GetProperty("properties").GetProperty("segment").GetInt32());
        Assert.Equal("auto", result.GetProperty("properties").GetProperty("linkStatus").GetString());
        var failure = XDocument.Parse(junit.Output).Descendants("failure").First().Value;
        Assert.Contains($"(sample #{number}, auto link, confidence ", failure, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
