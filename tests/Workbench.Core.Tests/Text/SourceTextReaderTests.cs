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

    [Theory]
    [InlineData("one\r\ntwo\r\nthree\u0007\r\n", "binary file (control character U+0007 on line 3), expected text")]
    [InlineData("one\rtwo\r\rthree\u007F", "binary file (control character U+007F on line 4), expected text")]
    [InlineData("a\tb\f\nab\n\u001B[0m", "binary file (control character U+001B on line 3), expected text")]
    [InlineData("12345\n123456\n\u0001", "line 2 is longer than 5 characters; is this really prose?")]
    [InlineData("12345\n1234\u0001567", "binary file (control character U+0001 on line 2), expected text")]
    [InlineData("12345\n12345\u0001", "binary file (control character U+0001 on line 2), expected text")]
    [InlineData("12345\n123456\u0001", "line 2 is longer than 5 characters; is this really prose?")]
    [InlineData("12345\r\n\r\n1234567", "line 3 is longer than 5 characters; is this really prose?")]
    [InlineData(" \n\t\f\r\n\u3000", "the file contains only whitespace")]
    public void Problems_are_reported_with_their_exact_message_and_line(string content, string problem)
    {
        var path = directory.Write("problem.txt", content);

        var error = Assert.Throws<WorkbenchInputException>(() => FiveCharacterLines.Read(path));

        Assert.Equal($"{path}: {problem}", error.Message);
    }

    [Fact]
    public void A_line_of_exactly_the_limit_is_text() =>
        Assert.Equal("12345\n12345", FiveCharacterLines.Read(directory.Write("limit.txt", "12345\r\n12345")).Text);

    /// <summary>
    /// The control-character and line-length checks are vectorised searches; on random texts they must report what a
    /// walk over every character reports (the first offending character in text order, a control character before
    /// the line-length limit at the same place).
    /// </summary>
    [Fact]
    public void The_text_checks_report_what_a_walk_over_every_character_reports()
    {
        char[] alphabet = ['a', 'b', ' ', '\n', '\n', '\t', '\f', '\u0007', '\u007F', '\u001F', 'あ'];
        var random = new Random(12);
        var path = directory.PathOf("random.txt");
        var problems = 0;
        for (var sample = 0; sample < 3000; sample++)
        {
            var length = random.Next(1, 40);
            var text = new string([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            if (random.Next(3) == 0)
            {
                text = text.Replace('\u0007', 'a').Replace('\u007F', 'b').Replace('\u001F', ' ');
            }

            File.WriteAllText(path, text);
            var expected = CharacterWalk(text, 5);
            string? actual = null;
            try
            {
                FiveCharacterLines.Read(path);
            }
            catch (WorkbenchInputException error)
            {
                actual = error.Message[(path.Length + 2)..];
            }

            Assert.True(expected == actual, $"{Escape(text)}: expected '{expected}', got '{actual}'");
            problems += expected is null ? 0 : 1;
        }

        Assert.InRange(problems, 500, 2900);
    }

    [Fact]
    public void A_byte_order_mark_before_invalid_utf8_names_the_encoding() =>
        AssertProblem(directory.Write("bom.txt", [0xEF, 0xBB, 0xBF, (byte)'a', 0xFF, (byte)'b']), "undecodable bytes for utf-8");

    [Fact]
    public void A_utf16_file_with_an_odd_byte_names_the_encoding() =>
        AssertProblem(directory.Write("odd.txt", [0xFF, 0xFE, (byte)'a', 0x00, (byte)'b']), "undecodable bytes for utf-16");

    [Fact]
    public void A_utf16_file_holds_nul_bytes_and_is_still_text() =>
        Assert.Equal(("abc\n", "utf-16"), Decoded(directory.Write("utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("abc\r\n")])));

    [Fact]
    public void A_shift_jis_file_with_a_nul_byte_is_binary() =>
        AssertProblem(directory.Write("nul.txt", [.. Encoding.GetEncoding("shift_jis").GetBytes("核の傘"), 0x00]), "binary file (contains NUL bytes), expected text");

    [Theory]
    [InlineData("shift_jis")]
    [InlineData("euc-jp")]
    public void Legacy_japanese_with_crlf_and_a_decomposed_character_reads_normalised(string encodingName)
    {
        var bytes = Encoding.GetEncoding(encodingName).GetBytes("核の傘。\r\nか゛ではなくが。\r\n");

        var decoded = SourceTextReader.Default.Read(directory.Write("legacy.txt", bytes));

        Assert.Equal(("核の傘。\nか゛ではなくが。\n", encodingName), (decoded.Text, decoded.EncodingName));
    }

    [Fact]
    public void Bom_utf8_with_crlf_and_nfd_reads_normalised() =>
        Assert.Equal(("がＡ\nb\n", "utf-8"), Decoded(directory.Write("bom-nfd.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("か\u3099Ａ\r\nb\r")])));

    private static SourceTextReader FiveCharacterLines { get; } = new(SourceTextOptions.Default with { MaxLineCharacters = 5 });

    private static (string Text, string EncodingName) Decoded(string path)
    {
        var decoded = SourceTextReader.Default.Read(path);
        return (decoded.Text, decoded.EncodingName);
    }

    /// <summary>The checks as first written: one walk over every character of the normalised text.</summary>
    private static string? CharacterWalk(string text, int maxLine)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if ((c < ' ' && c is not '\t' and not '\n' and not '\f') || c == '\u007F')
            {
                return $"binary file (control character U+{(int)c:X4} on line {line}), expected text";
            }
            else if (i - lineStart >= maxLine)
            {
                return $"line {line} is longer than {maxLine} characters; is this really prose?";
            }
        }

        return string.IsNullOrWhiteSpace(text) ? "the file contains only whitespace" : null;
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c < ' ' || c == '\u007F' ? $"\\u{(int)c:X4}" : c.ToString()));

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
