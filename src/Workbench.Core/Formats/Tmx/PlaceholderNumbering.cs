using System.Globalization;

namespace Workbench.Core.Formats.Tmx;

/// <summary>Numbers the placeholders of one segment for <see cref="TmxInlineMarkup.Placeholders"/>.</summary>
internal sealed class PlaceholderNumbering
{
    private int isolated;
    private int highlights;

    /// <summary>Placeholder text for a bpt, ept, it, ph or ut code.</summary>
    public string ForCode(string element, string? pairIndex, string? position) => element switch
    {
        "bpt" => $"<g{pairIndex}>",
        "ept" => $"</g{pairIndex}>",
        "it" when position == "begin" => $"<x{Next(ref isolated)}>",
        "it" when position == "end" => $"</x{Next(ref isolated)}>",
        _ => $"<x{Next(ref isolated)}/>",
    };

    public string NextHighlight() => $"h{Next(ref highlights)}";

    private static string Next(ref int counter) => (++counter).ToString(CultureInfo.InvariantCulture);
}
