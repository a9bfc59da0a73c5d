using System.Text.Json;
using Workbench.Cli;
using Workbench.Core.Tests.Support;

namespace Workbench.Cli.Tests;

public sealed class AlignCommandTests
{
    private static string Gold(string slug) => Path.Combine(RepositoryPaths.InShared(), "corpus", "gold", slug);

    [Fact]
    public void Links_output_covers_every_segment_once_in_order()
    {
        var folder = Gold("newsweek-allies-nuclear-2025");
        var (code, output, _) = Run("align", "--en", Path.Combine(folder, "en.sent"), "--ja", Path.Combine(folder, "ja.sent"), "--presegmented");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var english = lines.SelectMany(l => Ids(l.Split(':')[0])).ToList();
        var japanese = lines.SelectMany(l => Ids(l.Split(':')[1])).ToList();
        Assert.Equal(Enumerable.Range(0, File.ReadAllLines(Path.Combine(folder, "en.sent")).Length), english);
        Assert.Equal(Enumerable.Range(0, File.ReadAllLines(Path.Combine(folder, "ja.sent")).Length), japanese);
    }

    [Fact]
    public void Json_output_carries_texts_and_confidences()
    {
        var folder = Gold("wotr-nato-nuclear-credibility-2022");
        var (code, output, _) = Run("align", "--en", Path.Combine(folder, "en.sent"), "--ja", Path.Combine(folder, "ja.sent"), "--presegmented", "--format", "json");
        Assert.Equal(0, code);
        var beads = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(beads);
        Assert.All(beads, b => Assert.InRange(b.GetProperty("confidence").GetDouble(), 0, 1));
        Assert.Contains(beads, b => b.GetProperty("english").GetString()!.Length > 0 && b.GetProperty("japanese").GetString()!.Length > 0);
    }

    [Fact]
    public void Tsv_output_has_a_header_and_one_row_per_bead()
    {
        var folder = Gold("wotr-nato-nuclear-credibility-2022");
        var (code, output, _) = Run("align", "--en", Path.Combine(folder, "en.sent"), "--ja", Path.Combine(folder, "ja.sent"), "--presegmented", "--format", "tsv");
        Assert.Equal(0, code);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("en_ids\tja_ids\tconfidence", rows[0], StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Equal(5, r.Split('\t').Length));
    }

    [Fact]
    public void Missing_file_is_a_one_line_error_with_exit_code_2()
    {
        var (code, _, error) = Run("align", "--en", "no-such-file.txt", "--ja", "no-such-file.ja.txt", "--presegmented");
        Assert.Equal(2, code);
        Assert.StartsWith("workbench: no-such-file.txt", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_bad_japanese_file_is_reported_when_the_english_one_reads()
    {
        var folder = Gold("wotr-nato-nuclear-credibility-2022");
        var (code, _, error) = Run("align", "--en", Path.Combine(folder, "en.sent"), "--ja", "no-such-file.ja.txt", "--presegmented");
        Assert.Equal(2, code);
        Assert.Equal("workbench: no-such-file.ja.txt: file not found", error.TrimEnd('\n'));
    }

    /// <summary>The aligner (and so a named lexicon) is made while the files are read; a file's error still comes first.</summary>
    [Fact]
    public void A_bad_input_file_is_reported_before_a_bad_lexicon()
    {
        var folder = Gold("wotr-nato-nuclear-credibility-2022");
        var (code, _, error) = Run("align", "--en", "no-such-file.txt", "--ja", Path.Combine(folder, "ja.sent"), "--presegmented", "--lexicon", "no-such-lexicon.tsv");
        Assert.Equal(2, code);
        Assert.Equal("workbench: no-such-file.txt: file not found", error.TrimEnd('\n'));
    }

    [Fact]
    public void A_bad_lexicon_is_a_one_line_error_once_the_files_read()
    {
        var folder = Gold("wotr-nato-nuclear-credibility-2022");
        var (code, _, error) = Run("align", "--en", Path.Combine(folder, "en.sent"), "--ja", Path.Combine(folder, "ja.sent"), "--presegmented", "--lexicon", "no-such-lexicon.tsv");
        Assert.Equal(2, code);
        Assert.Equal("workbench: no-such-lexicon.tsv: lexicon file not found", error.TrimEnd('\n'));
    }

    /// <summary>The real process with its output redirected (a 64 KB buffer instead of Console.Out's) prints what the
    /// command writes, byte for byte: UTF-8 without a byte-order mark.</summary>
    [Fact]
    public void The_process_prints_redirected_tsv_byte_for_byte()
    {
        var folder = Gold("newsweek-allies-nuclear-2025");
        string[] args = ["align", "--en", Path.Combine(folder, "en.sent"), "--ja", Path.Combine(folder, "ja.sent"), "--presegmented", "--format", "tsv"];
        using var process = WorkbenchProcess.Start(folder, args);
        using var bytes = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(bytes);
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(Run(args).Output), bytes.ToArray());
    }

    [Fact]
    public void Eval_prints_pooled_strict_and_lax_figures()
    {
        var (code, output, _) = Run("eval", "--gold", Gold("newsweek-allies-nuclear-2025"), Gold("wotr-nato-nuclear-credibility-2022"));
        Assert.Equal(0, code);
        Assert.Matches(@"^strict P \d\.\d{3} R \d\.\d{3} F1 0\.9\d\d \| lax P \d\.\d{3} R \d\.\d{3} F1 \d\.\d{3} \(2 documents\)", output);
    }

    [Fact]
    public void Eval_uses_the_bundled_lexicon_unless_told_none()
    {
        var nictDev = Directory.GetDirectories(Path.Combine(RepositoryPaths.InShared(), "bench", "align", "nict-dev")).Order(StringComparer.Ordinal).ToArray();

        var bundled = Run(["eval", "--gold", .. nictDev]);
        var none = Run(["eval", "--gold", .. nictDev, "--lexicon", "none"]);

        Assert.Equal((0, 0), (bundled.Code, none.Code));
        var bundledF1 = StrictF1(bundled.Output);
        Assert.True(bundledF1 >= 0.948, $"nict-dev strict F1 with the bundled lexicon is {bundledF1}");
        Assert.True(bundledF1 > StrictF1(none.Output) + 0.01, $"the bundled lexicon should beat none: {bundled.Output} vs {none.Output}");
    }

    [Fact]
    public void Eval_over_a_glob_skips_the_readme_beside_the_gold_folders()
    {
        var goldSet = Path.GetDirectoryName(Gold("newsweek-allies-nuclear-2025"))!;
        var everything = Directory.GetFileSystemEntries(goldSet).Order(StringComparer.Ordinal).ToArray();
        Assert.Contains(everything, File.Exists);

        var (code, output, error) = Run(["eval", "--gold", .. everything]);

        Assert.Equal(0, code);
        Assert.Contains("README.md: a file, not a gold folder", error, StringComparison.Ordinal);
        Assert.Contains("(2 documents)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_of_a_folder_without_links_names_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("eval-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "en.sent"), "One.\n");
            File.WriteAllText(Path.Combine(folder.FullName, "ja.sent"), "一。\n");
            var (code, _, error) = Run("eval", "--gold", folder.FullName);
            Assert.Equal(2, code);
            Assert.Contains("links", error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static double StrictF1(string evalOutput) =>
        double.Parse(System.Text.RegularExpressions.Regex.Match(evalOutput, @"^strict P \S+ R \S+ F1 (?<f1>\d\.\d+)").Groups["f1"].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<int> Ids(string side) =>
        side.Trim('[', ']', ' ').Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse);

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var run = CliRun.Invoke(args);
        return (run.ExitCode, run.Output, run.Error);
    }
}
