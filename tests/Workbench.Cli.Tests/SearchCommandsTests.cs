using System.Text.Json;
using Workbench.Core.Tests.Support;

namespace Workbench.Cli.Tests;

public sealed class SearchCommandsTests : IDisposable
{
    private const string Memory = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="en" datatype="plaintext"/>
        <body>
        <tu><tuv xml:lang="en"><seg>The alliance must restore nuclear credibility.</seg></tuv><tuv xml:lang="ja"><seg>同盟は核の信頼性を回復しなければならない。</seg></tuv></tu>
        <tu><tuv xml:lang="en"><seg>Russia has deployed tactical nuclear weapons to Belarus.</seg></tuv><tuv xml:lang="ja"><seg>ロシアは戦術核兵器をベラルーシに配備した。</seg></tuv></tu>
        <tu><tuv xml:lang="en"><seg>In 2023 the budget grew by 5 percent.</seg></tuv><tuv xml:lang="ja"><seg>2023年に予算は5%増えた。</seg></tuv></tu>
        <tu><tuv xml:lang="en"><seg>Japan will double its defence spending over five years.</seg></tuv><tuv xml:lang="ja"><seg>日本は5年間で防衛費を倍増させる。</seg></tuv></tu>
        </body></tmx>
        """;

    private readonly TemporaryDirectory folder = new();

    private string Database => Path.Combine(folder.Path, "tm.db");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Analyze_counts_segments_and_words_per_band_as_worked_out_by_hand()
    {
        ImportMemory();
        var file = folder.Write("next/en.txt", string.Join('\n',
            "The alliance must restore nuclear credibility.",          // 100%, 6 words
            "In 2024 the budget grew by 7 percent.",                   // numbers differ: 99%, 8 words
            "Russia has deployed tactical nuclear missiles to Belarus.", // 1 of 8 words: 87%, 8 words
            "Japan will triple its defence spending over ten years.",  // 2 of 9 words: 77%, 9 words
            "The alliance must restore nuclear credibility.",          // repetition, 6 words
            "Bananas are yellow and sweet.",                           // no match, 5 words
            "Russia has deployed nuclear weapons.")                    // 3 edits against 8 words: 62%, 5 words
            + "\n");

        var run = Cli("analyze", file, "--lang", "en", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var bands = json.RootElement.GetProperty("bands").EnumerateArray()
            .Select(b => (b.GetProperty("band").GetString(), b.GetProperty("segments").GetInt32(), b.GetProperty("units").GetInt32()))
            .ToList();
        Assert.Equal(
            [("100%", 1, 6), ("95–99%", 1, 8), ("85–94%", 1, 8), ("75–84%", 1, 9), ("50–74%", 1, 5), ("no match", 1, 5), ("repetitions", 1, 6)],
            bands);
        Assert.Equal(47, json.RootElement.GetProperty("total").GetProperty("units").GetInt32());
    }

    [Fact]
    public void Analyze_counts_japanese_in_characters()
    {
        ImportMemory();
        var file = folder.Write("next/ja.txt", "同盟は核の信頼性を回復しなければならない。\n全く関係のない文章です。\n");

        var run = Cli("analyze", file, "--lang", "ja");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"100%\s+1\s+21\s", run.Output);
        Assert.Matches(@"no match\s+1\s+12\s", run.Output);
    }

    [Fact]
    public void Search_prints_each_hit_with_its_other_side_and_the_hit_marked()
    {
        ImportMemory();

        var run = Cli("search", "核兵器");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("en: Russia has deployed tactical nuclear weapons to Belarus.", run.Output, StringComparison.Ordinal);
        Assert.Contains("ja: ロシアは戦術⟦核兵器⟧をベラルーシに配備した。", run.Output, StringComparison.Ordinal);
        Assert.Contains("memory [1]:[1]  confirmed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookup_shows_percentage_diff_and_translation_best_first()
    {
        ImportMemory();

        var run = Cli("lookup", "--en", "Russia has deployed tactical nuclear missiles to Belarus.");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n');
        Assert.StartsWith("   87%  memory [1]:[1]", lines[1], StringComparison.Ordinal);
        Assert.Contains("[-weapons][+missiles]", lines[2], StringComparison.Ordinal);
        Assert.Contains("ja: ロシアは戦術核兵器をベラルーシに配備した。", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Lookup_of_a_file_looks_up_every_sentence()
    {
        ImportMemory();
        var file = folder.Write("next/ja.txt", "同盟は核の信頼性を回復せねばならない。日本は5年間で防衛費を倍増する。\n");

        var run = Cli("lookup", "--file", file, "--lang", "ja", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var translations = json.RootElement.EnumerateArray()
            .Select(r => r.GetProperty("matches")[0].GetProperty("translation").GetString())
            .ToList();
        Assert.Equal(["The alliance must restore nuclear credibility.", "Japan will double its defence spending over five years."], translations);
    }

    [Theory]
    [InlineData("search", "")]
    [InlineData("search", "   ")]
    [InlineData("lookup", "--en", "")]
    [InlineData("search", "。")]
    [InlineData("search", "NATO", "--doc", "nowhere")]
    [InlineData("lookup", "--en", "a", "--ja", "b")]
    [InlineData("lookup", "--file", "missing.txt", "--lang", "en")]
    [InlineData("lookup", "--en", "Deterrence.", "--min", "0")]
    [InlineData("analyze", "missing.txt", "--lang", "ja")]
    public void Bad_input_is_one_line_and_exit_code_2(params string[] args)
    {
        ImportMemory();

        var run = Cli(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("workbench: ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--limit", "99999999999", "search", "NATO", "--limit", "99999999999")]
    [InlineData("--limit", "abc", "search", "NATO", "--limit", "abc")]
    [InlineData("--limit", "0", "search", "NATO", "--limit", "0")]
    [InlineData("--limit", "-3", "lookup", "--en", "Deterrence.", "--limit", "-3")]
    [InlineData("--min", "200", "lookup", "--en", "Deterrence.", "--min", "200")]
    [InlineData("--jobs", "0", "import", "--batch", ".", "--jobs", "0")]
    [InlineData("--jobs", "1e3", "worker", "--jobs", "1e3")]
    public void A_whole_number_option_out_of_range_or_not_a_number_names_the_option_and_its_range(string option, string given, params string[] args)
    {
        var run = Cli(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches($"^workbench: {option} takes a whole number from -?\\d+ to \\d+; got '{System.Text.RegularExpressions.Regex.Escape(given)}'$", run.Error.Trim());
    }

    [Fact]
    public void Search_finds_a_word_pasted_with_a_soft_hyphen_inside()
    {
        ImportMemory();

        var run = Cli("search", "nu\u00ADclear weapons");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("tactical ⟦nuclear weapons⟧", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_over_10000_characters_is_refused()
    {
        var run = Cli("lookup", "--ja", new string('核', 10_001));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("workbench: lookup sentence is 10,001 characters long; the limit is 10,000", run.Error.Trim());
    }

    [Fact]
    public void A_memory_not_created_yet_answers_no_matches_and_exit_0_and_is_not_created()
    {
        var file = folder.Write("next/en.txt", "Deterrence is back.\n");

        var search = Cli("search", "deterrence");
        var lookup = Cli("lookup", "--en", "Deterrence is back.");
        var analyze = Cli("analyze", file, "--lang", "en");

        Assert.Equal((0, 0, 0), (search.ExitCode, lookup.ExitCode, analyze.ExitCode));
        Assert.Equal($"no matches: {Database} holds no aligned pairs yet", search.Output.Trim());
        Assert.Contains("no matches", lookup.Output, StringComparison.Ordinal);
        Assert.Matches(@"no match\s+1\s+3\s", analyze.Output);
        Assert.False(File.Exists(Database), "a lookup must not create the database");
    }

    private void ImportMemory()
    {
        var tmx = folder.Write("memory.tmx", Memory);
        Assert.Equal(0, Cli("import-tmx", tmx, "--name", "memory").ExitCode);
    }

    private CliRun Cli(params string[] args) => CliRun.Invoke([.. args, "--db", Database]);
}
