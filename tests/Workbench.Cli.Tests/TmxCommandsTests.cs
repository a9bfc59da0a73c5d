using System.IO.Pipes;
using System.Xml.Linq;
using Workbench.Core.Documents;
using Workbench.Core.Tests.Support;
using Workbench.Storage;

namespace Workbench.Cli.Tests;

public sealed class TmxCommandsTests : IDisposable
{
    private const string English = "Deterrence depends on credibility.\nAllies doubt the <promise> & its \"terms\".\nWashington hesitates.\n";
    private const string Japanese = "抑止は信頼性にかかっている。\n同盟国はその<約束>と「条件」を疑っている。\nワシントンはためらっている。\n";

    private static readonly XNamespace Xml = XNamespace.Xml;

    private readonly TemporaryDirectory folder = new();

    private string Database => Path.Combine(folder.Path, "tm.db");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Export_of_an_imported_document_is_valid_tmx_that_translate_toolkit_reads()
    {
        ImportEssay();
        var output = Path.Combine(folder.Path, "essay.tmx");

        var run = Cli("export", "--format", "tmx", "-o", output);

        Assert.Equal(0, run.ExitCode);
        var units = Units(output);
        Assert.Equal(3, units.Count);
        Assert.Equal($"exported 3 units to {output}", run.Output.Trim());
        Assert.Contains(("Allies doubt the <promise> & its \"terms\".", "同盟国はその<約束>と「条件」を疑っている。"), units);
        TmxReferees.AssertValidAgainstTmxDtd(output);
        TmxReferees.AssertTranslateToolkitReads(output, 3);
    }

    [Fact]
    public void Export_then_import_tmx_then_export_keeps_documents_statuses_and_confidences()
    {
        ImportEssay();
        var second = folder.Write("brief/en.txt", "The summit ended.\nNobody was satisfied.\n");
        Assert.Equal(0, Cli("import", "--en", second, "--ja", folder.Write("brief/ja.txt", "首脳会議は終わった。\n誰も満足しなかった。\n"), "--name", "brief").ExitCode);
        ConfirmFirstLink("essay");
        var first = Path.Combine(folder.Path, "first.tmx");
        var again = Path.Combine(folder.Path, "again.tmx");
        Assert.Equal(0, Cli("export", "-o", first).ExitCode);
        var copy = Path.Combine(folder.Path, "copy.db");

        var imported = CliRun.Invoke("import-tmx", first, "--db", copy);
        var exported = CliRun.Invoke("export", "-o", again, "--db", copy);

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal(
            [
                "imported 'brief': 2 pairs as links, 2 of them not confirmed; 0 English-only and 0 Japanese-only units kept as null beads",
                "imported 'essay': 3 pairs as links, 2 of them not confirmed; 0 English-only and 0 Japanese-only units kept as null beads",
                $"0 units without English or Japanese skipped; into {copy}",
            ],
            imported.Output.TrimEnd().Split('\n'));
        Assert.Equal(0, exported.ExitCode);
        Assert.Equal(Units(first), Units(again));
        foreach (var prop in new[] { "x-document", "x-status", "x-confidence" })
        {
            Assert.Equal(Props(first, prop), Props(again, prop));
        }

        Assert.Equal(["brief", "brief", "essay", "essay", "essay"], Props(again, "x-document"));
        Assert.Equal(["auto", "auto", "confirmed", "auto", "auto"], Props(again, "x-status"));
        Assert.Equal(TuAttributes(first), TuAttributes(again));
        TmxReferees.AssertValidAgainstTmxDtd(again);
    }

    [Fact]
    public void Import_tmx_with_a_name_keeps_every_unit_in_one_document()
    {
        ImportEssay();
        ConfirmFirstLink("essay");
        var first = Path.Combine(folder.Path, "first.tmx");
        Assert.Equal(0, Cli("export", "-o", first, "--doc", "essay").ExitCode);

        var imported = Cli("import-tmx", first, "--name", "copy");

        Assert.Equal(0, imported.ExitCode);
        Assert.StartsWith("imported 'copy': 3 pairs as links, 2 of them not confirmed", imported.Output, StringComparison.Ordinal);
        var copy = XDocument.Parse(Cli("export", "--doc", "copy").Output);
        Assert.All(copy.Descendants("prop").Where(p => p.Attribute("type")!.Value == "x-document"), p => Assert.Equal("copy", p.Value));
        Assert.Equal(["confirmed", "auto", "auto"], copy.Descendants("prop").Where(p => p.Attribute("type")!.Value == "x-status").Select(p => p.Value));
    }

    [Fact]
    public void Import_tmx_of_an_existing_document_writes_none_of_the_file()
    {
        ImportEssay();
        var both = folder.Write("both.tmx", """
            <tmx version="1.4"><header srclang="en"/><body>
            <tu><prop type="x-document">new</prop><tuv xml:lang="en"><seg>New.</seg></tuv><tuv xml:lang="ja"><seg>新しい。</seg></tuv></tu>
            <tu><prop type="x-document">essay</prop><tuv xml:lang="en"><seg>Old.</seg></tuv><tuv xml:lang="ja"><seg>古い。</seg></tuv></tu>
            </body></tmx>
            """);
        var before = StoredState();

        var run = Cli("import-tmx", both);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("workbench: document 'essay' already exists; use --replace to overwrite it", run.Error.Trim());
        Assert.Equal(before, StoredState());
    }

    [Fact]
    public void Stdout_export_is_the_tmx_itself_with_the_requested_codes()
    {
        ImportEssay();

        var run = Cli("export", "--en-code", "en_gb", "--ja-code", "JA");

        Assert.Equal(0, run.ExitCode);
        var tmx = XDocument.Parse(run.Output);
        Assert.Equal("en-GB", tmx.Root!.Element("header")!.Attribute("srclang")!.Value);
        Assert.Equal(["en-GB", "ja"], tmx.Descendants("tuv").Select(v => v.Attribute(Xml + "lang")!.Value).Distinct());
    }

    [Fact]
    public void Folder_output_names_the_file_after_the_document_or_workbench()
    {
        ImportEssay();
        var tm = Path.Combine(folder.Path, "omegat-project", "tm");

        var one = Cli("export", "-o", tm + Path.DirectorySeparatorChar, "--doc", "essay");
        var all = Cli("export", "-o", tm);
        var tsv = Cli("export", "--format", "tsv", "-o", tm);

        Assert.Equal((0, 0, 0), (one.ExitCode, all.ExitCode, tsv.ExitCode));
        Assert.Equal(
            ["essay.tmx", "workbench.tmx", "workbench.tsv"],
            Directory.GetFiles(tm).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        TmxReferees.AssertValidAgainstTmxDtd(Path.Combine(tm, "essay.tmx"));
    }

    [Fact]
    public void Tsv_export_writes_two_columns_with_a_code_header()
    {
        ImportEssay();

        var run = Cli("export", "--format", "tsv");

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("en-US\tja-JP", lines[0]);
        Assert.Equal("Washington hesitates.\tワシントンはためらっている。", lines[3]);
        Assert.All(lines, line => Assert.Equal(2, line.Split('\t').Length));
    }

    [Fact]
    public void Status_filter_selects_confirmed_or_auto_links()
    {
        ImportEssay();
        var tmx = folder.Write("other.tmx", """
            <tmx version="1.4"><header srclang="en"/><body>
            <tu><tuv xml:lang="en"><seg>Reviewed.</seg></tuv><tuv xml:lang="ja"><seg>確認済み。</seg></tuv></tu>
            </body></tmx>
            """);
        Assert.Equal(0, Cli("import-tmx", tmx).ExitCode);

        var confirmed = XDocument.Parse(Cli("export", "--status", "confirmed").Output);
        var auto = XDocument.Parse(Cli("export", "--status", "auto").Output);
        var all = XDocument.Parse(Cli("export").Output);

        Assert.Equal(["Reviewed."], confirmed.Descendants("tuv").Take(1).Select(v => v.Value.Trim()));
        Assert.Equal(3, auto.Descendants("tu").Count());
        Assert.Equal(4, all.Descendants("tu").Count());
    }

    [Fact]
    public void Segments_with_line_breaks_keep_one_labelled_line_per_side_in_show_search_and_lookup()
    {
        var tmx = folder.Write("lines.tmx", "<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n" +
            "<tu><tuv xml:lang=\"en\"><seg>First line of the clause.\nSecond line.</seg></tuv><tuv xml:lang=\"ja\"><seg>条項の一行目。\r\n二行目。</seg></tuv></tu>\n" +
            "</body></tmx>\n");
        Assert.Equal(0, Cli("import-tmx", tmx, "--name", "lines").ExitCode);

        var show = Cli("show", "--doc", "lines").Output;
        var search = Cli("search", "clause").Output;
        var lookup = Cli("lookup", "--en", "First line of the clause.\nSecond line!").Output;

        Assert.Contains("  en: First line of the clause.⏎Second line.", show, StringComparison.Ordinal);
        Assert.Contains("  ja: 条項の一行目。⏎二行目。", show, StringComparison.Ordinal);
        Assert.Contains("  en: First line of the ⟦clause⟧.⏎Second line.", search, StringComparison.Ordinal);
        Assert.Contains("> First line of the clause.⏎Second line!", lookup, StringComparison.Ordinal);
        Assert.Contains("        ja: 条項の一行目。⏎二行目。", lookup, StringComparison.Ordinal);
        foreach (var line in (show + search + lookup).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Matches(@"^(\[|lines |  |> )", line);
        }
    }

    [Fact]
    public void Import_tmx_keeps_one_sided_units_as_null_beads_and_tags_on_request()
    {
        var tmx = folder.Write("tags.tmx", """
            <tmx version="1.4"><header srclang="en"/><body>
            <tu><tuv xml:lang="EN-US"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept>.</seg></tuv><tuv xml:lang="ja_JP"><seg><bpt i="1">&lt;b&gt;</bpt>保存<ept i="1">&lt;/b&gt;</ept>を押す。</seg></tuv></tu>
            <tu><tuv xml:lang="en"><seg>Only English.</seg></tuv></tu>
            <tu><tuv xml:lang="fr"><seg>Seulement français.</seg></tuv></tu>
            </body></tmx>
            """);

        var run = Cli("import-tmx", tmx, "--keep-tags");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 pairs as confirmed links; 1 English-only and 0 Japanese-only units kept as null beads", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 units without English or Japanese skipped", run.Output, StringComparison.Ordinal);
        var shown = Cli("show", "--doc", "tags", "--format", "json").Output;
        Assert.Contains("<g1>保存</g1>を押す。", shown, StringComparison.Ordinal);
        Assert.Contains("Only English.", shown, StringComparison.Ordinal);
        Assert.Single(XDocument.Parse(Cli("export").Output).Descendants("tu"));
    }

    [Fact]
    public void Import_tmx_reads_a_japanese_compliance_kit_sample()
    {
        var sample = Path.Combine(RepositoryPaths.TmxSamples, "omegat/src/test/resources/data/tmx/TMXComplianceKit/ImportTest1I.tmx");

        var run = Cli("import-tmx", sample);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("imported 'ImportTest1I': 1 pairs", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>open</tuv></tu></body></tmx>", "bad.tmx:1:")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>&b;</seg></tuv></tu></body></tmx>", "bad.tmx:3:")]
    [InlineData("<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>English.</seg></tuv><tuv xml:lang=\"fr\"><seg>Français.</seg></tuv></tu></body></tmx>", "no unit pairs English with Japanese (languages found: en, fr)")]
    public void Bad_tmx_exits_2_with_one_line_and_leaves_the_database_unchanged(string xml, string expected)
    {
        ImportEssay();
        var before = StoredState();
        var bad = folder.Write("bad.tmx", xml);

        var run = Cli("import-tmx", bad);

        Assert.Equal(WorkbenchCli.InputErrorExitCode, run.ExitCode);
        Assert.StartsWith("workbench: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(before, StoredState());
    }

    [Theory]
    [InlineData("--doc", "missing", "no document named 'missing'")]
    [InlineData("--en-code", "und", "'und' is not a usable English language code")]
    [InlineData("--ja-code", "en-US", "'en-US' is not a usable Japanese language code")]
    public void Export_input_errors_exit_2_with_one_line(string option, string value, string expected)
    {
        ImportEssay();
        var output = Path.Combine(folder.Path, "never.tmx");

        var run = Cli("export", option, value, "-o", output);

        Assert.Equal(WorkbenchCli.InputErrorExitCode, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public async Task Export_to_a_process_file_such_as_dev_stdout_writes_into_it_instead_of_renaming_a_file_over_it()
    {
        ImportEssay();
        using var pipe = new AnonymousPipeServerStream(PipeDirection.In);
        var reading = Task.Run(() => new StreamReader(pipe).ReadToEnd());
        var writeEnd = $"/proc/self/fd/{pipe.ClientSafePipeHandle.DangerousGetHandle()}";

        var run = Cli("export", "--format", "tsv", "-o", writeEnd);
        pipe.DisposeLocalCopyOfClientHandle();

        var written = await reading;

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(4, written.TrimEnd().Split('\n').Length);
        Assert.Contains("Washington hesitates.\tワシントンはためらっている。", written, StringComparison.Ordinal);

        // The file may be standard output itself (-o /dev/stdout): the summary must not be mixed into the data.
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal($"exported 3 units to {writeEnd}", run.Error.Trim());
    }

    [Fact]
    public void The_summary_of_an_export_to_an_ordinary_file_stays_on_standard_output()
    {
        ImportEssay();
        var file = Path.Combine(folder.Path, "out.tsv");

        var run = Cli("export", "--format", "tsv", "-o", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"exported 3 units to {file}", run.Output.Trim());
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Export_to_an_empty_output_name_is_an_input_error()
    {
        ImportEssay();

        var run = Cli("export", "-o", "");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("workbench: --output is empty: give a file or folder name", run.Error.Trim());
    }

    private void ImportEssay()
    {
        var en = folder.Write("essay/en.txt", English);
        var ja = folder.Write("essay/ja.txt", Japanese);
        Assert.Equal(0, Cli("import", "--en", en, "--ja", ja, "--name", "essay").ExitCode);
    }

    private CliRun Cli(params string[] args) => CliRun.Invoke([.. args, "--db", Database]);

    private void ConfirmFirstLink(string document)
    {
        using var memory = SqliteTranslationMemory.Open(Database);
        var id = memory.FindDocument(document)!.Id;
        var link = memory.GetLinks(id)[0];
        memory.ApplyEdit(id, new LinkEdit("confirm", [link], [link with { Status = LinkStatus.Confirmed }]));
    }

    private static List<string> TuAttributes(string path) =>
        XDocument.Load(path).Descendants("tu").Select(tu => string.Join(' ', tu.Attributes().Select(a => a.ToString()))).ToList();

    /// <summary>The stored documents and their units, without the export's creation date (which moves every second).</summary>
    private string StoredState() => Cli("list").Output + Cli("export", "--format", "tsv").Output;

    private static List<(string English, string Japanese)> Units(string path) =>
        XDocument.Load(path).Descendants("tu")
            .Select(tu => tu.Elements("tuv").Select(v => v.Element("seg")!.Value).ToList())
            .Select(segs => (segs[0], segs[1]))
            .ToList();

    private static List<string> Props(string path, string type) =>
        XDocument.Load(path).Descendants("prop").Where(p => p.Attribute("type")!.Value == type).Select(p => p.Value).ToList();
}
