using System.Text;
using System.Xml.Linq;
using Workbench.Core.Documents;
using Workbench.Core.Formats.Tmx;
using Workbench.Core.Tests.Support;

namespace Workbench.Core.Tests.Formats;

public sealed class TmxWriterTests
{
    private static readonly XNamespace Xml = XNamespace.Xml;
    private static readonly DateTimeOffset Exported = new(2025, 5, 6, 7, 8, 9, TimeSpan.Zero);

    [Fact]
    public void Header_carries_every_attribute_cat_tools_require()
    {
        var tmx = Export([Pairs.Make("Hello.", "こんにちは。")]);

        var root = tmx.Root!;
        Assert.Equal("tmx", root.Name.LocalName);
        Assert.Equal("1.4", root.Attribute("version")?.Value);
        var header = root.Element("header")!;
        Assert.Equal("Workbench", header.Attribute("creationtool")?.Value);
        Assert.Equal(TmxExportOptions.DefaultToolVersion, header.Attribute("creationtoolversion")?.Value);
        Assert.Equal("sentence", header.Attribute("segtype")?.Value);
        Assert.Equal("Workbench", header.Attribute("o-tmf")?.Value);
        Assert.Equal("en", header.Attribute("adminlang")?.Value);
        Assert.Equal("en-US", header.Attribute("srclang")?.Value);
        Assert.Equal("plaintext", header.Attribute("datatype")?.Value);
        Assert.Equal("20250506T070809Z", header.Attribute("creationdate")?.Value);
    }

    [Fact]
    public void Each_non_null_bead_becomes_one_unit_with_id_date_props_and_both_variants()
    {
        var pairs = new[]
        {
            Pairs.Make("First.", "一つ目。", status: LinkStatus.Confirmed, confidence: 0.91234),
            Pairs.Make(["Dropped."], [], document: "other"),
            Pairs.Make("Second.", "二つ目。", document: "other", status: LinkStatus.Auto, confidence: 0.5,
                updatedAt: new DateTimeOffset(2024, 12, 31, 23, 30, 0, TimeSpan.FromHours(-5))),
        };

        var (tmx, result) = ExportWithResult(pairs);

        Assert.Equal(2, result.UnitsWritten);
        Assert.Equal(1, result.NullBeadsSkipped);
        var units = tmx.Root!.Element("body")!.Elements("tu").ToList();
        Assert.Equal(2, units.Count);
        Assert.Equal(2, units.Select(u => u.Attribute("tuid")!.Value).Distinct().Count());
        Assert.Equal("20250304T050506Z", units[0].Attribute("changedate")?.Value);
        Assert.Equal("20250101T043000Z", units[1].Attribute("changedate")?.Value);
        Assert.Equal(["wotr-sample", "0.912", "confirmed"], Props(units[0]));
        Assert.Equal(["other", "0.5", "auto"], Props(units[1]));
        Assert.Equal(
            [("en-US", "Second."), ("ja-JP", "二つ目。")],
            units[1].Elements("tuv").Select(v => (v.Attribute(Xml + "lang")!.Value, v.Element("seg")!.Value)));
    }

    [Fact]
    public void Multi_sentence_beads_join_english_with_a_space_and_japanese_with_nothing()
    {
        var tmx = Export([Pairs.Make(["One sentence.", "Another one."], ["一文目。", "二文目。"])]);

        var segs = tmx.Descendants("seg").Select(s => s.Value).ToList();
        Assert.Equal(["One sentence. Another one.", "一文目。二文目。"], segs);
    }

    [Theory]
    [InlineData("en", "ja", "en", "ja")]
    [InlineData("EN_us", "ja_jp", "en-US", "ja-JP")]
    [InlineData("en-gb", "JA", "en-GB", "ja")]
    [InlineData("en-latn-us", "ja-Jpan-JP", "en-Latn-US", "ja-Jpan-JP")]
    public void Language_codes_are_configurable_and_written_in_canonical_bcp47_case(string en, string ja, string expectedEn, string expectedJa)
    {
        var tmx = Export([Pairs.Make("A.", "あ。")], new TmxExportOptions(en, ja, CreationDate: Exported));

        Assert.Equal(expectedEn, tmx.Root!.Element("header")!.Attribute("srclang")?.Value);
        Assert.Equal([expectedEn, expectedJa], tmx.Descendants("tuv").Select(v => v.Attribute(Xml + "lang")!.Value));
    }

    [Theory]
    [InlineData("und", "ja-JP")]
    [InlineData("", "ja-JP")]
    [InlineData("en-US", "en-US")]
    [InlineData("en-US", "jp")]
    [InlineData("en-US!", "ja")]
    public void Codes_other_tools_reject_are_refused_with_an_input_error(string en, string ja)
    {
        var error = Assert.Throws<WorkbenchInputException>(() => new TmxWriter(new TmxExportOptions(en, ja)));
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Markup_characters_are_escaped_and_survive_parsing()
    {
        const string english = "Use <b> & \"quotes\" 'apostrophes' > ]]> and &amp; literally.";
        const string japanese = "「<タグ>」と&記号。";

        var bytes = ExportBytes([Pairs.Make(english, japanese, document: "a<b>&\"c\"")]);
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Contains("Use &lt;b&gt; &amp; ", text, StringComparison.Ordinal);
        Assert.Contains("&amp;amp; literally", text, StringComparison.Ordinal);
        var tmx = XDocument.Parse(text);
        Assert.Equal([english, japanese], tmx.Descendants("seg").Select(s => s.Value));
        Assert.Equal("a<b>&\"c\"", Props(tmx.Descendants("tu").Single())[0]);
    }

    [Fact]
    public void Characters_xml_1_0_forbids_are_removed_and_the_file_stays_well_formed()
    {
        var english = "Bell\u0007 null\u0000 vt\u000B ff\u000C nonchar\uFFFE\uFFFF lone\uD800 high and \uDC00 low, kept: tab\tend 🎌";
        var japanese = "制御\u001F文字\u0008。";

        var tmx = Export([Pairs.Make(english, japanese, document: "doc\u0001name")]);

        Assert.Equal(
            ["Bell null vt ff nonchar lone high and  low, kept: tab\tend 🎌", "制御文字。"],
            tmx.Descendants("seg").Select(s => s.Value));
        Assert.Equal("docname", Props(tmx.Descendants("tu").Single())[0]);
    }

    [Fact]
    public void Output_is_utf8_without_byte_order_mark_and_declares_utf8()
    {
        var bytes = ExportBytes([Pairs.Make("A.", "あ。")]);

        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", Encoding.ASCII.GetString(bytes, 0, 38));
        Assert.Contains("あ。", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_writer_output_declares_utf8_even_on_a_utf16_writer()
    {
        using var writer = new StringWriter();

        new TmxWriter(new TmxExportOptions(CreationDate: Exported)).Write([Pairs.Make("A.", "あ。")], writer);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", writer.ToString(), StringComparison.Ordinal);
        Assert.Equal("あ。", XDocument.Parse(writer.ToString()).Descendants("seg").Last().Value);
    }

    [Fact]
    public void Empty_memory_gives_a_valid_file_with_an_empty_body()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.PathOf("empty.tmx");
        using (var file = File.Create(path))
        {
            new TmxWriter(TmxExportOptions.Default).Write([], file);
        }

        TmxReferees.AssertValidAgainstTmxDtd(path);
        Assert.Empty(XDocument.Load(path).Descendants("tu"));
    }

    [Fact]
    public void Export_validates_against_the_tmx14_dtd_and_translate_toolkit_reads_every_unit()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.PathOf("varied.tmx");
        var pairs = new[]
        {
            Pairs.Make("The alliance <NATO> & its \"partners\".", "同盟<NATO>と「パートナー」。"),
            Pairs.Make(["Two.", "Sentences."], ["二つの", "文。"], status: LinkStatus.Auto, confidence: 0.42),
            Pairs.Make(["Null bead."], []),
            Pairs.Make("Control\u0001 chars\uFFFF.", "制御\u0002文字。", document: "doc & <name>"),
            Pairs.Make("Emoji 🎌 outside the BMP 𠮷.", "𠮷野家🎌。"),
        };
        using (var file = File.Create(path))
        {
            new TmxWriter(new TmxExportOptions("en-US", "ja-JP", CreationDate: Exported)).Write(pairs, file);
        }

        TmxReferees.AssertValidAgainstTmxDtd(path);
        TmxReferees.AssertTranslateToolkitReads(path, expectedUnits: 4);
    }

    [Fact]
    public void Written_units_read_back_with_the_same_texts_and_properties()
    {
        var pairs = new[]
        {
            Pairs.Make("It's <b>bold</b> & fine.", "太字<b>です</b>。", confidence: 0.333),
            Pairs.Make(["Joined", "text."], ["結合", "文。"], document: "second", status: LinkStatus.Auto),
        };

        var bytes = ExportBytes(pairs);
        using var stream = new MemoryStream(bytes);
        var read = new TmxReader().Read(stream, "round-trip.tmx");

        Assert.Equal("en-US", read.Header.SourceLanguage);
        Assert.Equal(
            pairs.Select(p => (p.EnglishText, p.JapaneseText)),
            read.Units.Select(u => (u.Find(Language.English)!.Text, u.Find(Language.Japanese)!.Text)));
        Assert.Equal(["0.333", "auto"], read.Units.Select((u, i) => u.Property(i == 0 ? TmxPropertyTypes.Confidence : TmxPropertyTypes.Status)!));
        Assert.Equal(Pairs.Edited, read.Units[0].ChangeDate);
    }

    private static List<string> Props(XElement unit) => unit.Elements("prop").Select(p => p.Value).ToList();

    private static XDocument Export(IEnumerable<AlignedPair> pairs, TmxExportOptions? options = null) =>
        XDocument.Parse(Encoding.UTF8.GetString(ExportBytes(pairs, options)));

    private static (XDocument Tmx, Workbench.Core.Formats.ExportResult Result) ExportWithResult(IEnumerable<AlignedPair> pairs)
    {
        using var stream = new MemoryStream();
        var result = new TmxWriter(new TmxExportOptions(CreationDate: Exported)).Write(pairs, stream);
        return (XDocument.Parse(Encoding.UTF8.GetString(stream.ToArray())), result);
    }

    private static byte[] ExportBytes(IEnumerable<AlignedPair> pairs, TmxExportOptions? options = null)
    {
        using var stream = new MemoryStream();
        new TmxWriter(options ?? new TmxExportOptions(CreationDate: Exported)).Write(pairs, stream);
        return stream.ToArray();
    }
}
