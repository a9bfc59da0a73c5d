using Workbench.Core.Formats;
using Workbench.Core.Terminology;
using Workbench.Core.Tests.Support;

namespace Workbench.Core.Tests.Terminology;

public sealed class GlossaryReaderTests
{
    [Fact]
    public void Tsv_reads_several_approved_renderings_note_and_forbidden_variants()
    {
        var entries = TsvGlossaryReader.Parse("# comment\n\nKyiv\tキーウ\tcapital\tキエフ;キエフ市\nnuclear umbrella\t核の傘;核の傘下\n", "g.tsv");
        Assert.Equal(2, entries.Count);
        Assert.Equal(["キエフ", "キエフ市"], entries[0].Forbidden);
        Assert.Equal("capital", entries[0].Note);
        Assert.Equal(["核の傘", "核の傘下"], entries[1].Approved);
        Assert.Empty(entries[1].Forbidden);
    }

    [Theory]
    [InlineData("Kyiv\tキーウ\nNATO\n", "g.tsv:2:")]
    [InlineData("Kyiv\t\n", "g.tsv:1: no Japanese rendering")]
    [InlineData("Kyiv\t\u200B\u00AD\n", "g.tsv:1: no Japanese rendering")]
    [InlineData("\u200B\uFEFF\tキーウ\n", "g.tsv:1: the English term is empty")]
    [InlineData("a\tb\tc\td\te\n", "g.tsv:1: expected 2 to 4 columns")]
    [InlineData("Kyiv\tキーウ\t\tキーウ\n", "g.tsv:1: \"キーウ\" is both approved and forbidden")]
    public void Tsv_errors_name_the_file_and_line(string text, string expected)
    {
        var error = Assert.Throws<WorkbenchInputException>(() => TsvGlossaryReader.Parse(text, "g.tsv"));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_handles_header_quotes_commas_and_line_breaks()
    {
        var entries = CsvGlossaryReader.Parse("english,japanese,note,forbidden\r\n\"deterrence, extended\",拡大抑止,\"said \"\"twice\"\"\nhere\",拡張抑止\r\nNATO,NATO\r\n", "g.csv");
        Assert.Equal(2, entries.Count);
        Assert.Equal("deterrence, extended", entries[0].English);
        Assert.Equal("said \"twice\"\nhere", entries[0].Note);
        Assert.Equal(["拡張抑止"], entries[0].Forbidden);
    }

    [Fact]
    public void Csv_unclosed_quote_is_reported_at_its_line()
    {
        var error = Assert.Throws<WorkbenchInputException>(() => CsvGlossaryReader.Parse("NATO,NATO\nKyiv,\"キーウ\n", "g.csv").ToList());
        Assert.Equal("g.csv:2: a quoted field is never closed", error.Message);
    }

    [Fact]
    public void Tbx_statuses_map_to_approved_and_forbidden()
    {
        const string tbx = """
            <tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
            <termEntry><langSet xml:lang="en-US"><tig><term>Kyiv</term></tig></langSet>
            <langSet xml:lang="ja"><tig><term>キーウ</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
            <tig><term>キエフ</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
            <tig><term>キイウ</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig></langSet></termEntry>
            </body></text></tbx>
            """;
        var entry = Assert.Single(TbxGlossaryReader.Parse(tbx, "g.tbx"));
        Assert.Equal("Kyiv", entry.English);
        Assert.Equal(["キーウ", "キイウ"], entry.Approved);
        Assert.Equal(["キエフ"], entry.Forbidden);
    }

    [Theory]
    [InlineData("<tbx><text>\n<body>\n</text></tbx>", "g.tbx:3: not well-formed XML")]
    [InlineData("<tbx>\n<termEntry><langSet xml:lang=\"en\"><tig><term>Kyiv</term></tig></langSet></termEntry></tbx>", "g.tbx:2: termEntry needs")]
    public void Tbx_errors_name_the_file_and_line(string text, string expected)
    {
        var error = Assert.Throws<WorkbenchInputException>(() => TbxGlossaryReader.Parse(text, "g.tbx"));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shipped_glossary_folder_loads_with_at_least_sixty_entries_and_the_kyiv_rule()
    {
        var entries = GlossaryLoader.Load(Path.Combine(CorpusFiles.RepositoryRoot(), "glossary"));
        Assert.True(entries.Count >= 60, $"only {entries.Count} entries");
        Assert.Contains(entries, e => e.English == "Kyiv" && e.Approved.Contains("キーウ") && e.Forbidden.Contains("キエフ"));
    }

    [Theory]
    [InlineData("g.tsv", "")]
    [InlineData("g.tsv", "# only a comment\n\n")]
    [InlineData("g.csv", "english,japanese\r\n")]
    public void A_glossary_file_without_entries_is_an_error_not_an_empty_glossary(string name, string text)
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write(name, text);
        var error = Assert.Throws<WorkbenchInputException>(() => GlossaryLoader.Load(file));
        Assert.Equal($"{file}: no glossary entries (only blank lines, comments or a header)", error.Message);
    }

    [Fact]
    public void A_folder_may_hold_an_empty_glossary_file_beside_entries_but_not_only_empty_ones()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("glossary.txt", string.Empty);
        var error = Assert.Throws<WorkbenchInputException>(() => GlossaryLoader.Load(directory.Path));
        Assert.StartsWith($"{directory.Path}: no glossary entries", error.Message, StringComparison.Ordinal);

        directory.Write("terms.tsv", "Kyiv\tキーウ\n");
        Assert.Equal("Kyiv", Assert.Single(GlossaryLoader.Load(directory.Path)).English);
    }
}
