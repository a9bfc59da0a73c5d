using System.Text;

namespace Workbench.Core.Text;

/// <summary>
/// Recognises the binary formats an article is most often saved in by their magic bytes, so that an import names
/// the format instead of failing on a NUL byte or, worse, reading an all-ASCII PDF (<c>%PDF-1.4 …</c>) as English
/// prose. ZIP-based formats (Word, Excel, PowerPoint, EPUB, OpenDocument) are told apart by the names of their first
/// entries, which sit in the first local file header.
/// </summary>
public static class BinaryFormats
{
    /// <summary><see cref="Identify"/> looks at no byte past these first ones.</summary>
    internal const int HeadBytes = 4096;

    private static readonly (byte[] Magic, int Offset, string Name)[] Signatures =
    [
        (Ascii("%PDF-"), 0, "a PDF file"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], 0, "a legacy Office document (.doc/.xls/.ppt)"),
        (Ascii("{\\rtf"), 0, "an RTF document"),
        ([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], 0, "a PNG image"),
        ([0xFF, 0xD8, 0xFF], 0, "a JPEG image"),
        (Ascii("GIF87a"), 0, "a GIF image"),
        (Ascii("GIF89a"), 0, "a GIF image"),
        (Ascii("WEBP"), 8, "a WebP image"),
        ([(byte)'I', (byte)'I', 0x2A, 0x00], 0, "a TIFF image"),
        ([(byte)'M', (byte)'M', 0x00, 0x2A], 0, "a TIFF image"),
        ([0x1F, 0x8B], 0, "a gzip archive"),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C], 0, "a 7-Zip archive"),
        (Ascii("Rar!\u001A\u0007"), 0, "a RAR archive"),
        ([0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00], 0, "an xz archive"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], 0, "an executable (ELF)"),
        (Ascii("SQLite format 3\0"), 0, "an SQLite database"),
        (Ascii("ftyp"), 4, "an MP4 video or audio file"),
        (Ascii("ID3"), 0, "an MP3 audio file"),
    ];

    private static readonly byte[] ZipLocalHeader = [(byte)'P', (byte)'K', 0x03, 0x04];

    /// <summary>What the bytes are ("a PDF file", "a Word document (.docx)" …), or null when they may be text.</summary>
    public static string? Identify(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(ZipLocalHeader))
        {
            return IdentifyZip(bytes[..Math.Min(bytes.Length, HeadBytes)]);
        }

        foreach (var (magic, offset, name) in Signatures)
        {
            if (bytes.Length >= offset + magic.Length && bytes.Slice(offset, magic.Length).SequenceEqual(magic))
            {
                return name;
            }
        }

        return null;
    }

    private static string IdentifyZip(ReadOnlySpan<byte> head)
    {
        if (head.IndexOf(Ascii("mimetypeapplication/epub+zip")) >= 0)
        {
            return "an EPUB e-book";
        }

        if (head.IndexOf(Ascii("mimetypeapplication/vnd.oasis.opendocument")) >= 0)
        {
            return "an OpenDocument file (.odt/.ods/.odp)";
        }

        if (head.IndexOf(Ascii("word/")) >= 0)
        {
            return "a Word document (.docx)";
        }

        if (head.IndexOf(Ascii("xl/")) >= 0)
        {
            return "an Excel workbook (.xlsx)";
        }

        return head.IndexOf(Ascii("ppt/")) >= 0 ? "a PowerPoint presentation (.pptx)" : "a ZIP archive";
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
