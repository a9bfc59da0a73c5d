using System.Globalization;
using System.Text;
using Workbench.Core;
using Workbench.Core.Text;

namespace Workbench.Html;

/// <summary>
/// Decodes a saved web page as a browser would: a byte-order mark decides; then the charset the page declares;
/// then sniffing (strict UTF-8, else Shift_JIS or EUC-JP by how Japanese the result reads); then windows-1252, the
/// web's default for undeclared Western pages. The line-length guard is not applied here: a page's markup, inline
/// scripts and JSON blobs are one long line more often than not; only extracted prose is checked.
/// </summary>
internal static class HtmlPageDecoder
{
    private static readonly Lazy<bool> CodePagesRegistered = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    public static DecodedText Read(string path, SourceTextOptions limits)
    {
        var bytes = SourceTextReader.ReadBytes(path, limits);
        return Decode(path, bytes, limits);
    }

    public static DecodedText Decode(string path, ReadOnlySpan<byte> bytes, SourceTextOptions limits)
    {
        var sniffing = new SourceTextReader(limits with { MaxLineCharacters = int.MaxValue });
        if (HasByteOrderMark(bytes) || bytes.IsEmpty)
        {
            return sniffing.Decode(path, bytes);
        }

        if (DeclaredEncoding(bytes) is { } declared)
        {
            if (bytes.Contains((byte)0))
            {
                throw Problem(path, "binary file (contains NUL bytes), expected text");
            }

            if (EncodingDetector.TryDecode(declared, bytes) is { } text)
            {
                return new DecodedText(TextNormalizer.Normalize(text), declared.WebName);
            }
        }

        if (EncodingDetector.Detect(bytes) is not null || bytes.Contains((byte)0))
        {
            return sniffing.Decode(path, bytes);
        }

        var western = Encoding.GetEncoding(1252);
        return new DecodedText(TextNormalizer.Normalize(western.GetString(bytes)), western.WebName);
    }

    /// <summary>The declared encoding when it is one other than UTF-8 that .NET knows; UTF-8 and UTF-16 declarations
    /// are left to the sniffer (a page that says UTF-16 in ASCII bytes is not UTF-16).</summary>
    private static Encoding? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        if (DeclaredCharset.Find(bytes) is not { } name || name.StartsWith("utf-", StringComparison.Ordinal) || name == "utf8")
        {
            return null;
        }

        _ = CodePagesRegistered.Value;
        var webName = name switch
        {
            // The HTML standard maps these labels to windows-1252, a superset browsers use in their place.
            "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "iso8859-1" => "windows-1252",
            "x-sjis" or "sjis" or "shift-jis" or "windows-31j" or "cp932" or "ms932" => "shift_jis",
            "x-euc-jp" or "eucjp" => "euc-jp",
            _ => name,
        };
        try
        {
            return Encoding.GetEncoding(webName, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool HasByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    private static WorkbenchInputException Problem(string path, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{path}: {problem}"));
}
