using System.Globalization;

namespace Workbench.Storage;

/// <summary>Timestamps are stored as round-trippable UTC ISO 8601 text.</summary>
internal static class Timestamps
{
    public static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
