using System.Xml.Linq;
using Workbench.Cli.Tests.Support;
using Workbench.Core.Documents;
using Workbench.Core.Tests.Support;
using Workbench.Storage;

namespace Workbench.Cli.Tests;

/// <summary>
/// The OmegaT round trip with the real client: the bundled sample is imported, most of its links confirmed, the
/// memory exported into an OmegaT project with <c>export --omegat</c>, and OmegaT 3.6 in console mode translates the
/// English article from it. Every OmegaT segment whose source is a confirmed unit must come out in Japanese; units
/// that are only in tm/ (unreviewed) must not be inserted.
/// </summary>
public sealed class OmegatExportTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    private string Database => Path.Combine(folder.Path, "tm.db");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void OmegaT_console_translates_every_segment_that_equals_a_confirmed_unit()
    {
        var english = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tm", "sample", "en.txt"));
        Assert.Equal(0, Cli("import", "--en", Path.Combine(RepositoryPaths.Root, "tm", "sample", "en.txt"),
            "--ja", Path.Combine(RepositoryPaths.Root, "tm", "sample", "ja.txt"), "--name", "sample").ExitCode);
        ConfirmAllButEveryThirdLink("sample");
        var project = OmegatConsole.CreateProject(Path.Combine(folder.Path, "project"), "article.txt", english);

        var run = Cli("export", "--omegat", project, "--glossary", Path.Combine(RepositoryPaths.Root, "glossary"));

        Assert.Equal(0, run.ExitCode);
        var autoTmx = Path.Combine(project, "tm", "auto", "workbench.tmx");
        var fuzzyTmx = Path.Combine(project, "tm", "workbench.tmx");
        Assert.Contains($"confirmed units to {autoTmx}", run.Output, StringComparison.Ordinal);
        Assert.Contains($"unreviewed units to {fuzzyTmx}", run.Output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(project, "glossary", "workbench.txt"), run.Output, StringComparison.Ordinal);
        TmxReferees.AssertValidAgainstTmxDtd(autoTmx);
        TmxReferees.AssertValidAgainstTmxDtd(fuzzyTmx);
        var confirmed = Units(autoTmx);
        var unreviewed = Units(fuzzyTmx);
        Assert.True(confirmed.Count >= 10 && unreviewed.Count >= 4, $"{confirmed.Count} confirmed, {unreviewed.Count} unreviewed units");

        var segments = OmegatConsole.Segments(project, Path.Combine(folder.Path, "segments.tmx"));
        OmegatConsole.Translate(project);

        var target = File.ReadAllText(Path.Combine(project, "target", "article.txt"));
        var filled = segments.Where(confirmed.ContainsKey).ToList();
        Assert.True(filled.Count >= confirmed.Count - 2, $"only {filled.Count} of OmegaT's segments equal one of {confirmed.Count} confirmed units");
        Assert.All(filled, source => Assert.Contains(confirmed[source], target, StringComparison.Ordinal));
        Assert.All(filled, source => Assert.DoesNotContain(source, target, StringComparison.Ordinal));
        var fuzzyOnly = segments.Where(s => unreviewed.ContainsKey(s) && !confirmed.ContainsKey(s)).ToList();
        Assert.NotEmpty(fuzzyOnly);
        Assert.All(fuzzyOnly, source => Assert.Contains(source, target, StringComparison.Ordinal));
        Assert.All(fuzzyOnly, source => Assert.DoesNotContain(unreviewed[source], target, StringComparison.Ordinal));
    }

    [Fact]
    public void OmegaT_glossary_has_one_rendering_per_line_and_forbidden_variants_only_as_comments()
    {
        var output = Path.Combine(folder.Path, "project", "glossary") + Path.DirectorySeparatorChar;

        var run = Cli("glossary", "export", "--format", "omegat", "--glossary", Path.Combine(RepositoryPaths.Root, "glossary"), "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(Database), "converting glossary files needs no database and must not create one");
        var file = Path.Combine(output, "workbench.txt");
        Assert.StartsWith($"exported 114 glossary entries to {file} (one line per approved rendering; 19 forbidden variants", run.Output, StringComparison.Ordinal);
        var lines = File.ReadAllLines(file);
        Assert.StartsWith("# Glossary in tab-separated format", lines[0], StringComparison.Ordinal);
        var rows = lines.Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        Assert.All(rows, cells => Assert.InRange(cells.Length, 2, 3));
        Assert.All(rows, cells => Assert.DoesNotContain(';', cells[1]));
        Assert.Contains(rows, cells => cells[0] == "extended deterrence" && cells[1] == "拡大抑止");
        Assert.Contains(rows, cells => cells[0] == "extended deterrence" && cells[1] == "拡大抑止力");
        Assert.DoesNotContain(rows, cells => cells[1] == "拡張抑止" || cells[1] == "キエフ");
        Assert.Contains(rows, cells => cells[0] == "Kyiv" && cells[1] == "キーウ" && cells[2].Contains("avoid: キエフ", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_into_a_folder_without_omegat_project_exits_2_and_writes_nothing()
    {
        Assert.Equal(0, Cli("import-tmx", WriteTmx(), "--name", "x").ExitCode);
        var notAProject = Directory.CreateDirectory(Path.Combine(folder.Path, "plain")).FullName;

        var run = Cli("export", "--omegat", notAProject);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"workbench: {notAProject}: not an OmegaT project (no omegat.project); create the project in OmegaT first, then export into its folder", run.Error.Trim());
        Assert.Empty(Directory.EnumerateFileSystemEntries(notAProject));
    }

    private string WriteTmx() => folder.Write("one.tmx", """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
        <body><tu><tuv xml:lang="en"><seg>Deterrence.</seg></tuv><tuv xml:lang="ja"><seg>抑止。</seg></tuv></tu></body></tmx>
        """);

    private void ConfirmAllButEveryThirdLink(string document)
    {
        using var memory = SqliteTranslationMemory.Open(Database);
        var id = memory.FindDocument(document)!.Id;
        var links = memory.GetLinks(id).Where(l => !l.Bead.IsNull).ToList();
        for (var i = 0; i < links.Count; i++)
        {
            if (i % 3 != 2)
            {
                memory.ApplyEdit(id, new LinkEdit("confirm", [links[i]], [links[i] with { Status = LinkStatus.Confirmed }]));
            }
        }
    }

    private CliRun Cli(params string[] args) => CliRun.Invoke([.. args, "--db", Database]);

    private static Dictionary<string, string> Units(string path) =>
        XDocument.Load(path).Descendants("tu")
            .Select(tu => tu.Elements("tuv").Select(v => v.Element("seg")!.Value).ToList())
            .GroupBy(segs => segs[0])
            .ToDictionary(g => g.Key, g => g.First()[1]);
}
