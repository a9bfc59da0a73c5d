using System.Text;

namespace Workbench.Core.Text;

/// <summary>
/// The one normal form stored text is in: LF line ends and Unicode NFC. Full-width characters are kept as they are,
/// because folding them would change what the translator wrote.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lineEndsFixed = text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;
        return lineEndsFixed.IsNormalized(NormalizationForm.FormC)
            ? lineEndsFixed
            : lineEndsFixed.Normalize(NormalizationForm.FormC);
    }
}
