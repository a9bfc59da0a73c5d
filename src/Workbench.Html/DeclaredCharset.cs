using System.Text;
using System.Text.RegularExpressions;

namespace Workbench.Html;

/// <summary>
/// The encoding a page declares in its first bytes: <c>&lt;meta charset&gt;</c>, <c>&lt;meta http-equiv=
/// "Content-Type" content="...; charset=..."&gt;</c> or an XML declaration, as the HTML standard's pre-scan reads
/// them (ASCII-compatible bytes, so the scan works before the encoding is known).
/// </summary>
internal static partial class DeclaredCharset
{
    /// <summary>How far into the file a declaration is looked for; the standard says 1024 bytes, real pages put
    /// long comments and scripts first.</summary>
    private const int PrescanBytes = 8192;

    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = MetaCharset().Match(head);
        if (!match.Success)
        {
            match = XmlEncoding().Match(head);
        }

        return match.Success ? match.Groups["name"].Value.Trim().ToLowerInvariant() : null;
    }

    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?(?<name>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""^\s*<\?xml\b[^>]*\bencoding\s*=\s*["'](?<name>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncoding();
}
