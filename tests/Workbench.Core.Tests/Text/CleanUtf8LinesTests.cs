using System.Text;
using Workbench.Core.Tests.Support;
using Workbench.Core.Text;

namespace Workbench.Core.Tests.Text;

/// <summary>
/// <see cref="SourceTextReader.ReadLines"/> must give exactly what splitting <see cref="SourceTextReader.Read"/>'s
/// text gave, and the same error, whichever way it reads a file; <see cref="CleanUtf8Lines"/> must take the fast way
/// for every clean UTF-8 file and give it up for anything else.
/// </summary>
public sealed class CleanUtf8LinesTests : IDisposable
{
    private const int SmallBlock = BinaryFormats.HeadBytes;

    private readonly TemporaryDirectory directory = new();

    static CleanUtf8LinesTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => directory.Dispose();

    [Theory]
    [InlineData("one\ntwo\nthree\n", new[] { "one", "two", "three" })]
    [InlineData("one\ntwo\nthree", new[] { "one", "two", "three" })]
    [InlineData("one\r\ntwo\r\n\r\nthree\r\n", new[] { "one", "two", "", "three" })]
    [InlineData("one\n\n\n", new[] { "one", "", "" })]
    [InlineData("\none\r", new[] { "", "one" })]
    [InlineData("one\n\r", new[] { "one", "" })]
    [InlineData("\uFEFFone\uFEFF\ttab\fform feed\n", new[] { "one\uFEFF\ttab\fform feed" })]
    [InlineData("か\u3099\nＡ", new[] { "が", "Ａ" })]
    public void Clean_utf8_reads_as_the_split_text(string text, string[] expected)
    {
        var bytes = Encoding.UTF8.GetBytes(text);

        Assert.Equal(expected, CleanUtf8Lines.Read(new MemoryStream(bytes), 100));
        Assert.Equal(expected, Split(bytes));
        Assert.Equal(expected, SourceTextReader.Default.ReadLines(directory.Write("clean.txt", bytes)));
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_even_when_the_first_line_is_longer_than_a_block()
    {
        var line = string.Concat(Enumerable.Repeat("核の傘 umbrella ", 2_000));
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(line + "\r\nnext\r\n")];

        Assert.Equal([line, "next"], CleanUtf8Lines.Read(new MemoryStream(bytes), 100_000, SmallBlock));
        Assert.Equal([line, "next"], Split(bytes));
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { (byte)'a', 0x00, (byte)'b' })]
    [InlineData(new byte[] { (byte)'a', 0x1B, (byte)'b' })]
    [InlineData(new byte[] { (byte)'a', 0x7F })]
    [InlineData(new byte[] { (byte)'a', 0x0D, (byte)'b' })]
    [InlineData(new byte[] { (byte)'a', 0x0D, 0x0D, 0x0A })]
    [InlineData(new byte[] { (byte)'a', 0xE3, 0x81 })]
    [InlineData(new byte[] { (byte)'a', 0xFF, (byte)'b' })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xC0, 0x80 })]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'a', 0 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'a' })]
    [InlineData(new byte[] { (byte)' ', (byte)'\n', (byte)'\t', (byte)'\r', (byte)'\n' })]
    [InlineData(new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', (byte)'1' })]
    public void Anything_but_clean_utf8_is_left_to_the_general_reader(byte[] bytes) =>
        Assert.Null(CleanUtf8Lines.Read(new MemoryStream(bytes), 100));

    [Fact]
    public void A_line_over_the_limit_after_normalisation_is_left_to_the_general_reader()
    {
        Assert.Null(CleanUtf8Lines.Read(new MemoryStream(Encoding.UTF8.GetBytes("abc\nabcdef\n")), 5));
        Assert.Equal(["ががab"], CleanUtf8Lines.Read(new MemoryStream(Encoding.UTF8.GetBytes("か\u3099か\u3099ab")), 5));
        Assert.Null(CleanUtf8Lines.Read(new MemoryStream(Encoding.UTF8.GetBytes("abcd\u0958")), 5));
    }

    [Theory]
    [InlineData("shift_jis")]
    [InlineData("euc-jp")]
    [InlineData("utf-16")]
    public void Other_encodings_read_as_the_split_text(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("核の傘。\r\nＡではなくが。\r\n\r\n")];

        Assert.Equal(["核の傘。", "Ａではなくが。", ""], SourceTextReader.Default.ReadLines(directory.Write("legacy.txt", bytes)));
    }

    /// <summary>Every bad file gets the general reader's message, word for word, line numbers included.</summary>
    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { (byte)'a', (byte)'\n', (byte)'b', 0x01, (byte)'\n' })]
    [InlineData(new byte[] { (byte)'a', (byte)'\r', (byte)'b', (byte)'\r', 0x7F })]
    [InlineData(new byte[] { (byte)'a', (byte)'\n', 0x81, 0x20, 0xFF, 0xFF })]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'a', 0x00, (byte)'b' })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', 0xFF })]
    [InlineData(new byte[] { (byte)'a', 0x00, (byte)'b' })]
    [InlineData(new byte[] { (byte)' ', (byte)'\r', (byte)'\n', (byte)'\t' })]
    [InlineData(new byte[] { (byte)'a', (byte)'\n', (byte)'1', (byte)'2', (byte)'3', (byte)'4', (byte)'5', (byte)'6', (byte)'\n' })]
    [InlineData(new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a' })]
    public void Bad_files_get_the_general_readers_message(byte[] bytes)
    {
        var reader = new SourceTextReader(SourceTextOptions.Default with { MaxLineCharacters = 5 });
        var path = directory.Write("bad.txt", bytes);

        var expected = Assert.Throws<WorkbenchInputException>(() => reader.Read(path)).Message;
        Assert.Equal(expected, Assert.Throws<WorkbenchInputException>(() => reader.ReadLines(path)).Message);
    }

    [Fact]
    public void Missing_files_and_folders_get_the_general_readers_message()
    {
        foreach (var path in new[] { Path.Combine(directory.Path, "missing.txt"), directory.Path })
        {
            var expected = Assert.Throws<WorkbenchInputException>(() => SourceTextReader.Default.Read(path)).Message;
            Assert.Equal(expected, Assert.Throws<WorkbenchInputException>(() => SourceTextReader.Default.ReadLines(path)).Message);
        }
    }

    /// <summary>The list of lines is made once at about its final size from the first block's lines, not doubled up to
    /// it (a 40,000-line file left ≈ 0.9 MB of outgrown arrays), and a first block of blank lines does not reserve a
    /// slot per byte of the file.</summary>
    [Fact]
    public void The_list_of_lines_is_sized_from_the_first_block()
    {
        var random = new Random(8);
        var text = new StringBuilder();
        for (var line = 0; line < 40_000; line++)
        {
            text.Append(random.Next(2) == 0 ? "The U.S. nuclear umbrella, as it stands" : "核の傘は、今のところ").Append(' ', random.Next(60)).Append('\n');
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var lines = CleanUtf8Lines.Read(new MemoryStream(bytes), 1_000)!;
        Assert.Equal(Split(bytes), lines);
        Assert.InRange(lines.Capacity, lines.Count, lines.Count * 5 / 4);

        byte[] blankFirst = [.. Enumerable.Repeat((byte)'\n', CleanUtf8Lines.BlockBytes * 2), .. bytes];
        var afterBlanks = CleanUtf8Lines.Read(new MemoryStream(blankFirst), 1_000)!;
        Assert.Equal(Split(blankFirst), afterBlanks);
        Assert.True(afterBlanks.Capacity <= Math.Max(blankFirst.Length / IntPtr.Size, 2 * afterBlanks.Count), $"capacity {afterBlanks.Capacity}");
    }

    /// <summary>Random files of lines (ASCII, Japanese, decomposed kana, blank and long lines, CR/CRLF/LF, a BOM, a
    /// final line end or none, now and then a control byte, a lone CR or a broken sequence) read with small blocks,
    /// so block edges fall everywhere: the fast reader equals the split text whenever it answers, and answers for
    /// every file built clean.</summary>
    [Fact]
    public void Random_files_read_as_the_split_text()
    {
        var random = new Random(12);
        string[] pieces = ["The", " ", "U.S.", "核", "の傘", "か\u3099", "e\u0301", "Ａ", "\t", "“", "…", "。", "\uFEFF", "😀"];
        for (var round = 0; round < 400; round++)
        {
            var bytes = new List<byte>();
            var clean = true;
            var byteOrderMark = random.Next(4) == 0 ? 3 : 0;
            bytes.AddRange(new byte[] { 0xEF, 0xBB, 0xBF }.AsSpan(0, byteOrderMark));

            var lineCount = random.Next(1, 200);
            for (var line = 0; line < lineCount; line++)
            {
                var length = random.Next(8) == 0 ? random.Next(2_000, 6_000) : random.Next(0, 60);
                var text = new StringBuilder();
                while (text.Length < length)
                {
                    text.Append(pieces[random.Next(pieces.Length)]);
                }

                bytes.AddRange(Encoding.UTF8.GetBytes(text.ToString()));
                switch (random.Next(200))
                {
                    case 0:
                        bytes.Add(0x01);
                        clean = false;
                        break;
                    case 1:
                        bytes.AddRange([(byte)'\r', (byte)'x']);
                        clean = false;
                        break;
                    case 2:
                        bytes.Add(0xE3);
                        clean = false;
                        break;
                }

                if (line < lineCount - 1 || random.Next(2) == 0)
                {
                    bytes.AddRange(random.Next(3) == 0 ? [(byte)'\r', (byte)'\n'] : [(byte)'\n']);
                }
            }

            var file = bytes.ToArray();
            var fast = CleanUtf8Lines.Read(new MemoryStream(file), 100_000, SmallBlock);
            var whitespaceOnly = string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(file.AsSpan(byteOrderMark)));
            Assert.True(fast is not null || !clean || whitespaceOnly, $"round {round}: a clean file was not read the fast way");
            if (fast is not null)
            {
                Assert.Equal(Split(file), fast);
            }
        }
    }

    /// <summary>The lines as the general reader gives them: its whole text, split, without a last empty line.</summary>
    private static string[] Split(byte[] bytes)
    {
        var lines = SourceTextReader.Default.Decode("test", bytes).Text.Split('\n');
        return lines.Length > 0 && lines[^1].Length == 0 ? lines[..^1] : lines;
    }
}
