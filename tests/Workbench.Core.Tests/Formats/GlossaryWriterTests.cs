using Workbench.Core.Documents;
using Workbench.Core.Formats;
using Workbench.Core.Formats.Glossaries;
using Workbench.Core.Terminology;
using Workbench.Core.Tests.Support;

namespace Workbench.Core.Tests.Formats;

public sealed class GlossaryWriterTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    private static IReadOnlyList<GlossaryEntry> RepositoryGlossary { get; } =
        GlossaryLoader.Load(Path.Combine(RepositoryPaths.Root, "glossary"));

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Tbx2_export_of_the_repository_glossary_is_valid_against_omegats_schema_and_reads_back()
    {
        var path = Write(RepositoryGlossary, GlossaryFormat.Tbx2, "glossary.tbx");

        TmxReferees.AssertValidAgainstTbxSchema(path);
        var text = File.ReadAllText(path);
        Assert.Contains("<martif type=\"TBX\" xml:lang=\"en\">", text, StringComparison.Ordinal);
        Assert.Contains("<term>キエフ</term>\n            <termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>", text, StringComparison.Ordinal);
        Assert.Equal(Flatten(RepositoryGlossary), Flatten(TbxGlossaryReader.Read(path)));
    }

    [Theory]
    [InlineData(GlossaryFormat.Tbx, "glossary.tbx")]
    [InlineData(GlossaryFormat.Csv, "glossary.csv")]
    public void Tbx_v3_and_csv_exports_read_back_into_the_same_entries(GlossaryFormat format, string name)
    {
        var path = Write(RepositoryGlossary, format, name);

        Assert.Equal(Flatten(RepositoryGlossary), Flatten(GlossaryLoader.Load(path)));
    }

    [Fact]
    public void Omegat_export_writes_one_line_per_approved_rendering_with_note_and_forbidden_variants_as_comment()
    {
        GlossaryEntry[] entries =
        [
            new("extended deterrence", ["拡大抑止", "拡大抑止力"], "US commitment", ["拡張抑止"]),
            new("tab\tterm", ["タブ"], null, []),
        ];

        var lines = File.ReadAllLines(Write(entries, GlossaryFormat.Omegat, "glossary.txt"));

        Assert.Equal(
            [
                "# Glossary in tab-separated format -*- coding: utf-8 -*-",
                "extended deterrence\t拡大抑止\tUS commitment; avoid: 拡張抑止",
                "extended deterrence\t拡大抑止力\tUS commitment; avoid: 拡張抑止",
                "tab term\tタブ",
            ],
            lines);
    }

    [Fact]
    public void An_empty_glossary_is_refused()
    {
        using var stream = new MemoryStream();

        var error = Assert.Throws<WorkbenchInputException>(() => GlossaryWriter.Write([], GlossaryFormat.Tbx2, stream));

        Assert.Equal("the glossary is empty: nothing to export", error.Message);
    }

    private string Write(IReadOnlyList<GlossaryEntry> entries, GlossaryFormat format, string name)
    {
        var path = folder.PathOf(name);
        using (var stream = File.Create(path))
        {
            GlossaryWriter.Write(entries, format, stream);
        }

        return path;
    }

    private static List<string> Flatten(IEnumerable<GlossaryEntry> entries) =>
        entries.Select(e => $"{e.English}|{string.Join(";", e.Approved)}|{e.Note}|{string.Join(";", e.Forbidden)}").ToList();
}
