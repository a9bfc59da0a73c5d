using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Workbench.Core.Text;

/// <summary>
/// Reads the lines of a clean UTF-8 file block by block, straight into one string per line: no byte array of the
/// whole file, no text of the whole file, no split (for a 4.6 MB file those were 4.6 + 9.2 MB of fresh memory
/// and a full collection, issue 12). A block ends after its last line feed, which never falls inside a UTF-8
/// sequence; each block is checked for control bytes (vectorised), transcoded into one reused buffer (which also
/// validates it), checked for NFC once (NFC never composes across a line feed, so a block of whole lines is NFC
/// exactly when each of its lines is), and cut at its line feeds. "Clean" is what <see cref="SourceTextReader"/>
/// accepts without a second look: UTF-8 with or without a byte-order mark, no control characters but tab and form
/// feed, CRLF or LF line ends, no line over the limit, some text. For anything else the answer is null and the
/// caller reads the file the general way, which then also gives every message and line number.
/// </summary>
internal static class CleanUtf8Lines
{
    /// <summary>Bytes read at a time; a longer line doubles the buffer until it fits.</summary>
    internal const int BlockBytes = 32 * 1024;

    /// <summary>Control characters that do not occur in text files, as UTF-8 bytes (where they only ever stand for
    /// themselves): those of <see cref="SourceTextReader"/> but CR, which ends a line here.</summary>
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F"u8 +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F"u8);

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The lines of <paramref name="source"/> as <c>text.Split('\n')</c> gives them for its decoded, normalised text,
    /// without a last empty line (the one after a final line feed); null unless the bytes are clean UTF-8.
    /// </summary>
    /// <param name="source">The file, read from its start to its end.</param>
    /// <param name="maxLineCharacters">A line longer than this (after normalisation) is not clean.</param>
    /// <param name="blockBytes">Bytes read at a time, at least <see cref="BinaryFormats.HeadBytes"/> (tests make it
    /// small to put block edges everywhere).</param>
    public static List<string>? Read(Stream source, int maxLineCharacters, int blockBytes = BlockBytes)
    {
        ArgumentNullException.ThrowIfNull(source);
        var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(blockBytes, BinaryFormats.HeadBytes));
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var lines = new List<string>();
            var anyText = false;
            var held = 0;
            var firstBlock = true;
            var firstLines = true;
            var byteOrderMark = 0;
            while (true)
            {
                var filled = Fill(source, bytes, held);
                var atEnd = filled < bytes.Length;
                var block = bytes.AsSpan(0, filled);
                if (firstBlock)
                {
                    // The first block holds the whole file or at least the part of it that BinaryFormats looks at.
                    if (block.IsEmpty || BinaryFormats.Identify(block) is not null)
                    {
                        return null;
                    }

                    byteOrderMark = block.StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
                    var body = block[byteOrderMark..];
                    if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
                    {
                        return null;
                    }

                    firstBlock = false;
                }

                var complete = atEnd ? filled : block.LastIndexOf((byte)'\n') + 1;
                if (complete == 0)
                {
                    // A line longer than the buffer: read on into one twice the size.
                    bytes = Grow(bytes, filled);
                    held = filled;
                    continue;
                }

                if (chars.Length < complete)
                {
                    ArrayPool<char>.Shared.Return(chars);
                    chars = ArrayPool<char>.Shared.Rent(complete);
                }

                if (!AddLines(block[byteOrderMark..complete], chars, maxLineCharacters, lines, ref anyText))
                {
                    return null;
                }

                byteOrderMark = 0;

                if (atEnd)
                {
                    return anyText ? lines : null;
                }

                if (firstLines && source.CanSeek)
                {
                    lines.EnsureCapacity(EstimatedLineCount(lines.Count, complete, source.Length));
                    firstLines = false;
                }

                held = filled - complete;
                block[complete..].CopyTo(bytes);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// The file's line count foreseen from its first block's, with an eighth to spare: the list of lines is then made
    /// once at about its final size instead of doubling fourteen times to 40,000 lines (its last three arrays large
    /// objects: ≈ 0.9 MB of fresh pages left as garbage for a 40,000-line file). A first block of blank lines must not
    /// reserve a slot per byte of a large file: the list's array stays below the file's own size, and a file of shorter
    /// lines than a slot grows the list as before.
    /// </summary>
    private static int EstimatedLineCount(int linesRead, int bytesRead, long fileBytes)
    {
        var estimate = (double)linesRead * fileBytes / bytesRead;
        return (int)Math.Min(estimate + (estimate / 8), fileBytes / IntPtr.Size);
    }

    /// <summary>Reads into <paramref name="buffer"/> after its first <paramref name="held"/> bytes until it is full
    /// or the stream ends; returns the bytes it then holds (fewer than its length only at the end).</summary>
    private static int Fill(Stream source, byte[] buffer, int held)
    {
        var count = held;
        while (count < buffer.Length && source.Read(buffer.AsSpan(count)) is var read and > 0)
        {
            count += read;
        }

        return count;
    }

    private static byte[] Grow(byte[] buffer, int used)
    {
        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, used).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    /// <summary>Adds the lines of a block of whole lines (the last one may lack its line feed at the end of the
    /// file); false if the block is not clean.</summary>
    private static bool AddLines(ReadOnlySpan<byte> block, char[] buffer, int maxLineCharacters, List<string> lines, ref bool anyText)
    {
        if (block.IndexOfAny(ControlBytes) >= 0
            || Utf8.ToUtf16(block, buffer, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            return false;
        }

        var text = buffer.AsSpan(0, written);
        var normalized = text.IsNormalized(NormalizationForm.FormC);
        while (!text.IsEmpty)
        {
            var feed = text.IndexOf('\n');
            var line = feed < 0 ? text : text[..feed];
            text = feed < 0 ? [] : text[(feed + 1)..];
            if (line.EndsWith('\r'))
            {
                line = line[..^1];
            }

            if (line.Contains('\r'))
            {
                return false;
            }

            var lineText = normalized ? new string(line) : new string(line).Normalize(NormalizationForm.FormC);
            if (lineText.Length > maxLineCharacters)
            {
                return false;
            }

            anyText = anyText || !string.IsNullOrWhiteSpace(lineText);
            lines.Add(lineText);
        }

        return true;
    }
}
