using System.Globalization;
using System.Text;

namespace Workbench.Core.Text;

/// <summary>
/// Reads a source file into normalised text, or explains in one line why it cannot: every problem is reported as a
/// <see cref="WorkbenchInputException"/> whose message starts with the file's path.
/// </summary>
public sealed class SourceTextReader(SourceTextOptions options)
{
    public static SourceTextReader Default { get; } = new(SourceTextOptions.Default);

    public DecodedText Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Decode(path, ReadBytes(path, options));
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

        var raw = EncodingDetector.TryDecode(found.Encoding, bytes[found.PreambleLength..])
            ?? throw Problem(path, $"undecodable bytes for {found.Encoding.WebName}");
        var text = TextNormalizer.Normalize(raw);
        CheckIsText(path, text);
        return new DecodedText(text, found.Encoding.WebName);
    }

    /// <summary>The file's bytes, or one line saying why not: a folder, a missing or unreadable file, or one over
    /// <see cref="SourceTextOptions.MaxFileBytes"/>. Every reader of source files (text, HTML) goes through it.</summary>
    public static byte[] ReadBytes(string path, SourceTextOptions limits)
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

            return File.ReadAllBytes(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new WorkbenchInputException($"{path}: cannot read the file ({error.Message})", error);
        }
    }

    private void CheckIsText(string path, string text)
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
            else if (IsBinaryControl(c))
            {
                throw Problem(path, $"binary file (control character U+{(int)c:X4} on line {line}), expected text");
            }
            else if (i - lineStart >= options.MaxLineCharacters)
            {
                throw Problem(path, $"line {line} is longer than {options.MaxLineCharacters} characters; is this really prose?");
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw Problem(path, "the file contains only whitespace");
        }
    }

    /// <summary>Control characters that do not occur in text files; tab, line feed and form feed do.</summary>
    private static bool IsBinaryControl(char c) =>
        (c < ' ' && c is not '\t' and not '\n' and not '\f') || c == '\u007F';

    private static int FirstInvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var consumed, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? bytes.Length : consumed;
    }

    private static WorkbenchInputException Problem(string path, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{path}: {problem}"));
}
