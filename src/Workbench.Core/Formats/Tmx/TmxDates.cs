using System.Globalization;

namespace Workbench.Core.Formats.Tmx;

/// <summary>TMX dates: ISO 8601 basic format in UTC, <c>YYYYMMDDThhmmssZ</c>.</summary>
public static class TmxDates
{
    public const string Format = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>Characters of a formatted date.</summary>
    public const int Length = 16;

    public static string ToTmx(DateTimeOffset value) =>
        value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Formats without allocating; <paramref name="destination"/> needs <see cref="Length"/> characters.</summary>
    public static bool TryFormat(DateTimeOffset value, Span<char> destination, out int written) =>
        value.UtcDateTime.TryFormat(destination, out written, Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset? TryParse(string? value) =>
        DateTimeOffset.TryParseExact(
            value?.Trim(),
            Format,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out var parsed)
            ? parsed
            : null;
}
