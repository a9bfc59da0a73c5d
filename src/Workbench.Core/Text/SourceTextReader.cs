using System.Buffers;
using System.Globalization;
using System.Text;

namespace Workbench.Core.Text;

/// <summary>
/// Reads a source file into normalised text, or explains in one line why it cannot: every problem is reported as a
/// <see cref="WorkbenchInputException"/> whose message starts with the file's path.
/// </summary>
public sealed class SourceTextReader(SourceTextOptions options)
{
    /// <summary>Control characters that do not occur in text files; tab, line feed and form feed do.</summary>
    private static readonly SearchValues<char> BinaryControls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    public static SourceTextReader Default { get; } = new(SourceTextOptions.Default);

    public DecodedText Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Decode(path, ReadBytes(path, options));
    }

    /// <summary>
    /// A file's lines: exactly <c>Read(path).Text.Split('\n')</c> without the empty last one after a final line
    /// feed, and the same errors. A clean UTF-8 file (nearly every file) is read block by block straight into the
    /// lines (<see cref="CleanUtf8Lines"/>); anything else, an empty file, or one that is not a regular file (a pipe
    /// can be read only once) is read as <see cref="Read"/> reads it, which then also words every error.
    /// </summary>
    public IReadOnlyList<string> ReadLines(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var lines = ReadChecked(path, options, length => length > 0 ? ReadCleanLines(path) : null);
        if (lines is not null)
        {
            return lines;
        }

        var text = Read(path).Text.Split('\n');
        return text.Length > 0 && text[^1].Length == 0 ? text[..^1] : text;
    }

    private List<string>? ReadCleanLines(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        return file.CanSeek ? CleanUtf8Lines.Read(file, options.MaxLineCharacters) : null;
    }

    /// <summary>Decodes bytes that came from <paramref name="path"/> (used in messages only).</summary>
    public DecodedText Decode(string path, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (bytes.IsEmpty)
        {
            throw Problem(path, "the file is empty");
        }

        if (BinaryFormats.Identify(bytes) is { } format)
        {
            throw Problem(path, $"{format}: save the article as text or HTML first");
        }

        var detection = EncodingDetector.Detect(bytes);
        if (bytes.Contains((byte)0) && detection?.Encoding is not UnicodeEncoding)
        {
            throw Problem(path, "binary file (contains NUL bytes), expected text");
        }

        if (detection is not { } found)
        {
            throw Problem(path, $"undecodable bytes at offset {FirstInvalidUtf8Offset(bytes)}: not UTF-8, UTF-16 (with BOM), Shift_JIS or EUC-JP");
        }

        var raw = found.Text ?? throw Problem(path, $"undecodable bytes for {found.Encoding.WebName}");
        var text = TextNormalizer.Normalize(raw);
        CheckIsText(path, text);
        return new DecodedText(text, found.Encoding.WebName);
    }

    /// <summary>The file's bytes, or one line saying why not: a folder, a missing or unreadable file, or one over
    /// <see cref="SourceTextOptions.MaxFileBytes"/>. Every reader of source files (text, HTML) goes through it.</summary>
    public static byte[] ReadBytes(string path, SourceTextOptions limits) => ReadChecked(path, limits, _ => File.ReadAllBytes(path));

    /// <summary>What <paramref name="read"/> makes of the file, given its length, once the file is known to exist
    /// and to be within <see cref="SourceTextOptions.MaxFileBytes"/>; an I/O error is one line.</summary>
    private static T ReadChecked<T>(string path, SourceTextOptions limits, Func<long, T> read)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (Directory.Exists(path))
        {
            throw Problem(path, "is a directory, expected a file");
        }

        if (!File.Exists(path))
        {
            throw Problem(path, "file not found");
        }

        try
        {
            var length = new FileInfo(path).Length;
            if (length > limits.MaxFileBytes)
            {
                throw Problem(path, $"file is too large ({length} bytes, limit {limits.MaxFileBytes})");
            }

            return read(length);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new WorkbenchInputException($"{path}: cannot read the file ({error.Message})", error);
        }
    }

    /// <summary>
    /// Rejects a control character that text files do not hold and a line longer than
    /// <see cref="SourceTextOptions.MaxLineCharacters"/>, whichever comes first in the text (as a walk over every
    /// character would find them), then text that is only whitespace. Both searches are vectorised; lines are counted
    /// only for the message.
    /// </summary>
    private void CheckIsText(string path, string text)
    {
        var span = text.AsSpan();
        var control = span.IndexOfAny(BinaryControls);
        var overlong = FirstOverlongPosition(span, options.MaxLineCharacters, control < 0 ? span.Length : control);
        if (control >= 0 && (overlong < 0 || control <= overlong))
        {
            throw Problem(path, $"binary file (control character U+{(int)text[control]:X4} on line {LineOf(span, control)}), expected text");
        }

        if (overlong >= 0)
        {
            throw Problem(path, $"line {LineOf(span, overlong)} is longer than {options.MaxLineCharacters} characters; is this really prose?");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw Problem(path, "the file contains only whitespace");
        }
    }

    /// <summary>Where the first line longer than <paramref name="maxLine"/> characters exceeds it (its start plus
    /// <paramref name="maxLine"/>), looking only at lines that start at or before <paramref name="until"/>; -1 if none.</summary>
    private static int FirstOverlongPosition(ReadOnlySpan<char> text, int maxLine, int until)
    {
        var lineStart = 0;
        while (lineStart <= until && lineStart < text.Length)
        {
            var end = text[lineStart..].IndexOf('\n');
            var length = end < 0 ? text.Length - lineStart : end;
            if (length > maxLine)
            {
                return lineStart + maxLine;
            }

            if (end < 0)
            {
                break;
            }

            lineStart += end + 1;
        }

        return -1;
    }

    private static int LineOf(ReadOnlySpan<char> text, int position) => text[..position].Count('\n') + 1;

    private static int FirstInvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var consumed, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? bytes.Length : consumed;
    }

    private static WorkbenchInputException Problem(string path, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{path}: {problem}"));
}
