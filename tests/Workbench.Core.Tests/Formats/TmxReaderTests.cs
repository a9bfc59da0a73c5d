using System.Text;
using Workbench.Core.Documents;
using Workbench.Core.Formats.Tmx;
using Workbench.Core.Tests.Support;

namespace Workbench.Core.Tests.Formats;

public sealed class TmxReaderTests
{
    private const string InlineUnit = """
        <tmx version="1.4"><header srclang="en" creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="html"/>
        <body><tu><tuv xml:lang="en"><seg>Click <bpt i="1" x="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now<ph x="2">&lt;br/&gt;</ph> and <hi type="term">NATO</hi><it pos="begin">&lt;i&gt;</it>!<ut>{\b}</ut></seg></tuv>
        <tuv xml:lang="ja"><seg><bpt i="1">&lt;b&gt;</bpt>保存<ept i="1">&lt;/b&gt;</ept>をクリック<ph>&lt;img alt="<sub>図</sub>"/&gt;</ph></seg></tuv></tu></body></tmx>
        """;

    [Fact]
    public void Inline_codes_are_flattened_to_the_translatable_text_by_default()
    {
        var unit = Read(InlineUnit).Units.Single();

        Assert.Equal("Click Save now and NATO!", unit.Find(Language.English)!.Text);
        Assert.Equal("保存をクリック", unit.Find(Language.Japanese)!.Text);
    }

    [Fact]
    public void Inline_codes_can_be_kept_as_placeholders()
    {
        var unit = Read(InlineUnit, TmxInlineMarkup.Placeholders).Units.Single();

        Assert.Equal("Click <g1>Save</g1> now<x1/> and <h1>NATO</h1><x2>!<x3/>", unit.Find(Language.English)!.Text);
        Assert.Equal("<g1>保存</g1>をクリック<x1/>", unit.Find(Language.Japanese)!.Text);
    }

    [Fact]
    public void Props_and_notes_are_kept_on_header_unit_and_variant()
    {
        var document = Read("""
            <tmx version="1.4"><header srclang="en-US"><note>header note</note><prop type="x-project">WOTR</prop></header>
            <body><tu tuid="u1" changedate="20240102T030405Z"><note>unit note</note><prop type="x-domain">defence</prop>
            <tuv xml:lang="en-US"><prop type="x-origin">editor</prop><note>variant note</note><seg>Deterrence.</seg></tuv>
            <tuv xml:lang="ja-JP"><seg>抑止。</seg></tuv></tu></body></tmx>
            """);

        Assert.Equal("en-US", document.Header.SourceLanguage);
        Assert.Equal(["header note"], document.Header.Notes);
        Assert.Equal([new TmxProperty("x-project", "WOTR")], document.Header.Properties);
        var unit = document.Units.Single();
        Assert.Equal("u1", unit.Id);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), unit.ChangeDate);
        Assert.Equal(["unit note"], unit.Notes);
        Assert.Equal("defence", unit.Property("x-domain"));
        Assert.Equal([new TmxProperty("x-origin", "editor")], unit.Variants[0].Properties);
        Assert.Equal(["variant note"], unit.Variants[0].Notes);
    }

    [Theory]
    [InlineData("EN-US", "JA-JP")]
    [InlineData("en_us", "ja_jp")]
    [InlineData("en", "ja")]
    [InlineData("En-GB", "Ja")]
    public void Language_codes_match_case_insensitively_with_hyphen_or_underscore(string en, string ja)
    {
        var unit = Read($"""<tmx version="1.4"><header srclang="{en}"/><body><tu><tuv xml:lang="{ja}"><seg>和文。</seg></tuv><tuv xml:lang="{en}"><seg>English.</seg></tuv></tu></body></tmx>""").Units.Single();

        Assert.Equal("English.", unit.Find(Language.English)?.Text);
        Assert.Equal("和文。", unit.Find(Language.Japanese)?.Text);
    }

    [Fact]
    public void Tmx_1_1_lang_attribute_and_all_languages_srclang_are_understood()
    {
        var document = Read("""
            <?xml version="1.0"?>
            <!DOCTYPE tmx SYSTEM "tmx11.dtd">
            <tmx version="1.1"><header srclang="*all*" creationtool="old"/><body>
            <tu srclang="ja"><tuv lang="JA"><seg>古い形式。</seg></tuv><tuv lang="EN"><seg>Old format.</seg></tuv></tu>
            </body></tmx>
            """);

        Assert.Equal("1.1", document.Version);
        Assert.True(document.Header.SourceIsAnyLanguage);
        var unit = document.Units.Single();
        Assert.Equal("ja", unit.SourceLanguage);
        Assert.Equal("Old format.", unit.Find(Language.English)?.Text);
        Assert.Equal("古い形式。", unit.Find(Language.Japanese)?.Text);
    }

    [Fact]
    public void Windows_1252_declared_encoding_is_decoded()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"windows-1252\"?><tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>café \u201Cquoted\u201D \u2014 \u20AC5</seg></tuv></tu></body></tmx>";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes(xml);
        Assert.Contains((byte)0x80, bytes);

        using var stream = new MemoryStream(bytes);
        var unit = new TmxReader().Read(stream, "cp1252.tmx").Units.Single();

        Assert.Equal("café \u201Cquoted\u201D \u2014 \u20AC5", unit.Find(Language.English)!.Text);
    }

    [Fact]
    public void Utf16_with_byte_order_mark_is_decoded()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"ja\"><seg>日本語。</seg></tuv></tu></body></tmx>";
        using var stream = new MemoryStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(xml)]);

        Assert.Equal("日本語。", new TmxReader().Read(stream, "utf16.tmx").Units.Single().Variants[0].Text);
    }

    [Fact]
    public void A_doctype_naming_an_unreachable_dtd_is_not_fetched()
    {
        var document = Read("""
            <?xml version="1.0"?>
            <!DOCTYPE tmx SYSTEM "http://192.0.2.1/does-not-exist/tmx14.dtd">
            <tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>Fine.</seg></tuv></tu></body></tmx>
            """);

        Assert.Equal("Fine.", document.Units.Single().Variants[0].Text);
    }

    [Fact]
    public void An_external_entity_pointing_to_a_local_file_is_never_read()
    {
        using var folder = new TemporaryDirectory();
        var secretPath = folder.PathOf("secret.txt");
        const string secret = "TOP-SECRET-0xC0FFEE";
        File.WriteAllText(secretPath, secret);
        var uri = new Uri(secretPath).AbsoluteUri;
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE tmx [ <!ENTITY xxe SYSTEM "{uri}"> <!ENTITY % remote SYSTEM "{uri}"> %remote; ]>
            <tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>&xxe;</seg></tuv></tu></body></tmx>
            """;
        var lastAccess = File.GetLastAccessTimeUtc(secretPath);

        var error = Assert.Throws<WorkbenchInputException>(() => Read(xml));

        Assert.DoesNotContain(secret, error.Message, StringComparison.Ordinal);
        Assert.Contains("xxe", error.Message, StringComparison.Ordinal);
        Assert.Matches(@"^test\.tmx:3:\d+: ", error.Message);
        Assert.Equal(lastAccess, File.GetLastAccessTimeUtc(secretPath));
    }

    [Fact]
    public void A_billion_laughs_file_fails_at_its_first_entity_reference()
    {
        var declarations = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var level = 1; level <= 9; level++)
        {
            declarations.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY lol{level} \"{string.Concat(Enumerable.Repeat($"&lol{level - 1};", 10))}\">");
        }

        var xml = $"<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [{declarations}]>\n<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\"><seg>&lol9;</seg></tuv></tu></body></tmx>";

        var error = Assert.Throws<WorkbenchInputException>(() => Read(xml));

        Assert.Matches(@"^test\.tmx:3:\d+: not well-formed XML: .*lol9.*never expanded", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>open</tuv></tu></body></tmx>", @"^test\.tmx:1:\d+: not well-formed XML: ")]
    [InlineData("<xliff version=\"1.2\"/>", @"^test\.tmx:1:2: not a TMX file: the root element is <xliff>")]
    [InlineData("<tmx version=\"1.4\"><body>\n<tu><tuv><seg>no language</seg></tuv></tu></body></tmx>", @"^test\.tmx:2:6: <tuv> without xml:lang")]
    [InlineData("<tmx version=\"1.4\"><body><tu>\n  <tuv xml:lang=\"en\"><note>n</note></tuv></tu></body></tmx>", @"^test\.tmx:2:4: <tuv> without <seg>")]
    [InlineData("", @"^test\.tmx:\d+:\d+: not well-formed XML: ")]
    [InlineData("<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><tmx/>", @"^test\.tmx:1:\d+: not well-formed XML: .*x-no-such-charset")]
    public void Bad_files_fail_with_one_line_naming_file_line_and_column(string xml, string expectedPattern)
    {
        var error = Assert.Throws<WorkbenchInputException>(() => Read(xml));

        Assert.Matches(expectedPattern, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Invalid_utf8_bytes_fail_with_an_input_error()
    {
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>bad ").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes("</seg></tuv></tu></body></tmx>")).ToArray();
        using var stream = new MemoryStream(bytes);

        var error = Assert.Throws<WorkbenchInputException>(() => new TmxReader().Read(stream, "bytes.tmx"));

        Assert.StartsWith("bytes.tmx:1:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_an_input_error()
    {
        var error = Assert.Throws<WorkbenchInputException>(() => new TmxReader().ReadFile("/no/such/memory.tmx"));

        Assert.Equal("/no/such/memory.tmx: file not found", error.Message);
    }

    [Fact]
    public void A_folder_is_an_input_error_that_says_so()
    {
        using var directory = new TemporaryDirectory();
        var error = Assert.Throws<WorkbenchInputException>(() => new TmxReader().ReadFile(directory.Path));

        Assert.Equal($"{directory.Path}: is a directory, expected a TMX file", error.Message);
    }

    [Fact]
    public void Segment_text_is_nfc_normalised_and_trimmed()
    {
        var unit = Read("<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"ja\"><seg>\n  \u30AB\u3099ール  \n</seg></tuv></tu></body></tmx>").Units.Single();

        Assert.Equal("\u30ACール", unit.Variants[0].Text);
    }

    private static TmxDocument Read(string xml, TmxInlineMarkup markup = TmxInlineMarkup.Flatten)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return new TmxReader(markup).Read(stream, "test.tmx");
    }
}
