using System.Text;

namespace Workbench.Core.Text;

/// <summary>
/// Finds the encoding of a byte buffer and decodes it with that encoding, once: a BOM decides outright; otherwise
/// strict UTF-8 is tried first (it almost never decodes bytes that are not UTF-8), then the Japanese legacy encodings,
/// scored by how Japanese the result looks. The text a successful try produced is the result, so no caller decodes
/// the bytes a second time.
/// </summary>
internal static class EncodingDetector
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<IReadOnlyList<Encoding>> LegacyJapanese = new(CreateLegacyJapanese);

    /// <summary>The detected encoding and the bytes after its byte-order mark decoded with it.</summary>
    /// <param name="Encoding">The encoding.</param>
    /// <param name="Text">The decoded text; null only when a byte-order mark named the encoding and the bytes after
    /// it are not valid in it.</param>
    public readonly record struct Detection(Encoding Encoding, string? Text);

    /// <summary>Returns the encoding and the decoded text, or null when no supported encoding decodes the bytes cleanly.</summary>
    public static Detection? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new Detection(StrictUtf8, TryDecode(StrictUtf8, bytes[3..]));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            var littleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
            return new Detection(littleEndian, TryDecode(littleEndian, bytes[2..]));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var bigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
            return new Detection(bigEndian, TryDecode(bigEndian, bytes[2..]));
        }

        if (TryDecode(StrictUtf8, bytes) is { } utf8)
        {
            return new Detection(StrictUtf8, utf8);
        }

        Detection? best = null;
        var bestScore = int.MinValue;
        foreach (var encoding in LegacyJapanese.Value)
        {
            if (TryDecode(encoding, bytes) is { } decoded && JapaneseLikelihood(decoded) is var score && score > bestScore)
            {
                bestScore = score;
                best = new Detection(encoding, decoded);
            }
        }

        return best;
    }

    /// <summary>Decodes strictly, or returns null if any byte sequence is invalid in that encoding.</summary>
    public static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// Scores decoded text: kana and kanji are what a Japanese file is made of; half-width katakana and private-use
    /// characters are what mis-decoded Shift_JIS/EUC-JP bytes typically turn into.
    /// </summary>
    internal static int JapaneseLikelihood(string text)
    {
        var score = 0;
        foreach (var c in text)
        {
            score += c switch
            {
                >= '\u3040' and <= '\u309F' => 3,
                >= '\u30A0' and <= '\u30FF' => 2,
                >= '\u4E00' and <= '\u9FFF' => 2,
                >= '\u3000' and <= '\u303F' => 2,
                >= '\uFF01' and <= '\uFF5E' => 1,
                >= '\uFF61' and <= '\uFF9F' => -3,
                >= '\uE000' and <= '\uF8FF' => -5,
                < '\u0080' => 0,
                _ => -1,
            };
        }

        return score;
    }

    private static IReadOnlyList<Encoding> CreateLegacyJapanese()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return
        [
            Encoding.GetEncoding("shift_jis", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
            Encoding.GetEncoding("euc-jp", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        ];
    }
}
