using System.Text;
using Workbench.Core.Tests.Support;
using Workbench.Core.Text;

namespace Workbench.Core.Tests.Text;

public sealed class SourceTextReaderTests : IDisposable
{
    private const string Japanese = "米国の同盟国が核兵器保有を検討している。「拡散は拡散を生む」と述べた。ｶﾀｶﾅではない全角カタカナ、ＡＢＣ１２３。";

    private readonly TemporaryDirectory directory = new();

    static SourceTextReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => directory.Dispose();

    [Theory]
    [InlineData("utf-8", false, "utf-8")]
    [InlineData("utf-8", true, "utf-8")]
    [InlineData("utf-16", true, "utf-16")]
    [InlineData("utf-16BE", true, "utf-16BE")]
    [InlineData("shift_jis", false, "shift_jis")]
    [InlineData("euc-jp", false, "euc-jp")]
    public void Detects_the_encoding_and_decodes_japanese_exactly(string encodingName, bool withBom, string expectedWebName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var text = encodingName is "shift_jis" or "euc-jp" ? Japanese.Replace("ｶﾀｶﾅ", "カタカナ", StringComparison.Ordinal) : Japanese;
        byte[] bytes = [.. withBom ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)];

        var decoded = SourceTextReader.Default.Read(directory.Write("ja.txt", bytes));

        Assert.Equal(text, decoded.Text);
        Assert.Equal(expectedWebName, decoded.EncodingName, ignoreCase: true);
    }

    [Fact]
    public void Shift_jis_and_euc_jp_of_the_same_short_text_are_told_apart()
    {
        const string text = "核の傘";
        var sjis = SourceTextReader.Default.Read(directory.Write("a.txt", Encoding.GetEncoding("shift_jis").GetBytes(text)));
        var euc = SourceTextReader.Default.Read(directory.Write("b.txt", Encoding.GetEncoding("euc-jp").GetBytes(text)));

        Assert.Equal((text, "shift_jis"), (sjis.Text, sjis.EncodingName));
        Assert.Equal((text, "euc-jp"), (euc.Text, euc.EncodingName));
    }

    [Fact]
    public void Line_ends_are_normalised_to_line_feed() =>
        Assert.Equal("one\ntwo\nthree\n", SourceTextReader.Default.Read(directory.Write("crlf.txt", "one\r\ntwo\rthree\r\n")).Text);

    [Fact]
    public void Text_is_nfc_normalised_without_folding_full_width()
    {
        var decomposed = "か\u3099ＡＢＣ１２３ｶﾞ";

        var text = SourceTextReader.Default.Read(directory.Write("nfd.txt", decomposed)).Text;

        Assert.Equal("がＡＢＣ１２３ｶﾞ", text);
    }

    [Fact]
    public void A_missing_file_is_reported() => AssertProblem(Path.Combine(directory.Path, "missing.txt"), "file not found");

    [Fact]
    public void A_directory_is_reported() => AssertProblem(directory.Path, "is a directory");

    [Fact]
    public void An_empty_file_is_reported() => AssertProblem(directory.Write("empty.txt", []), "the file is empty");

    [Fact]
    public void A_whitespace_only_file_is_reported() => AssertProblem(directory.Write("blank.txt", " \n\t\r\n\u3000\n"), "only whitespace");

    [Fact]
    public void A_binary_file_with_nul_bytes_is_reported() =>
        AssertProblem(directory.Write("data.bin", [0x01, 0x02, 0x00, 0x00, 0x41]), "binary file (contains NUL bytes)");

    public static TheoryData<string, byte[], string> KnownBinaries() => new()
    {
        { "article.txt", Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nThe Alliance and its critics.\n"), "a PDF file" },
        { "article.docx", Zip("[Content_Types].xml", "word/document.xml"), "a Word document (.docx)" },
        { "sheet.xlsx", Zip("[Content_Types].xml", "xl/workbook.xml"), "an Excel workbook (.xlsx)" },
        { "book.epub", Zip("mimetypeapplication/epub+zip"), "an EPUB e-book" },
        { "notes.odt", Zip("mimetypeapplication/vnd.oasis.opendocument.text"), "an OpenDocument file (.odt/.ods/.odp)" },
        { "files.zip", Zip("en.txt"), "a ZIP archive" },
        { "old.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00], "a legacy Office document (.doc/.xls/.ppt)" },
        { "image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "a PNG image" },
        { "photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], "a JPEG image" },
        { "scan.gif", Encoding.ASCII.GetBytes("GIF89a text after the header"), "a GIF image" },
        { "article.rtf", Encoding.ASCII.GetBytes("{\\rtf1\\ansi The Alliance.}"), "an RTF document" },
        { "article.txt.gz", [0x1F, 0x8B, 0x08, 0x00], "a gzip archive" },
    };

    [Theory]
    [MemberData(nameof(KnownBinaries))]
    public void Known_binary_formats_are_named_by_their_magic_bytes(string name, byte[] content, string format) =>
        AssertProblem(directory.Write(name, content), $"{format}: save the article as text or HTML first");

    [Fact]
    public void Text_that_merely_mentions_a_format_is_still_text()
    {
        var text = SourceTextReader.Default.Read(directory.Write("en.txt", "PDF files and %PDF-1.4 headers are discussed here.\n")).Text;

        Assert.StartsWith("PDF files", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_are_reported_as_binary_with_their_line() =>
        AssertProblem(directory.Write("control.txt", "text\nmore\u0007text"), "control character U+0007 on line 2");

    [Fact]
    public void Undecodable_bytes_are_reported_with_their_offset() =>
        AssertProblem(directory.Write("latin1.txt", [(byte)'a', (byte)'b', 0x81, 0x20, 0xFF, 0xFF]), "undecodable bytes at offset 2");

    [Fact]
    public void A_ten_megabyte_line_is_rejected()
    {
        var path = directory.Write("long.txt", Encoding.ASCII.GetBytes(new string('a', 10 * 1024 * 1024)));

        AssertProblem(path, $"line 1 is longer than {SourceTextOptions.Default.MaxLineCharacters} characters");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_rejected_before_reading()
    {
        var reader = new SourceTextReader(SourceTextOptions.Default with { MaxFileBytes = 10 });

        var error = Assert.Throws<WorkbenchInputException>(() => reader.Read(directory.Write("big.txt", "more than ten bytes")));

        Assert.Contains("too large", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The start of a ZIP archive: one local file header per entry name, with no content.</summary>
    private static byte[] Zip(params string[] entries) =>
        [.. entries.SelectMany(entry => (byte[])[(byte)'P', (byte)'K', 0x03, 0x04, .. new byte[26], .. Encoding.ASCII.GetBytes(entry)])];

    private static void AssertProblem(string path, string problem)
    {
        var error = Assert.Throws<WorkbenchInputException>(() => SourceTextReader.Default.Read(path));

        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
