using System.Globalization;

namespace Workbench.Storage;

/// <summary>Timestamps are stored as round-trippable UTC ISO 8601 text (SQLite) or <c>timestamptz</c> (PostgreSQL).</summary>
internal static class Timestamps
{
    /// <summary>
    /// The clock's time to the microsecond, the finest PostgreSQL keeps: a link stamped on either backend reads back
    /// exactly as it was written, and a memory copied between backends keeps its timestamps.
    /// </summary>
    public static DateTimeOffset Now(TimeProvider clock) => ToMicroseconds(clock.GetUtcNow());

    public static DateTimeOffset ToMicroseconds(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);

    public static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
