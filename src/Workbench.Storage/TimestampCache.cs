namespace Workbench.Storage;

/// <summary>
/// Parses stored timestamps, remembering the last one: links imported or edited together share their timestamp, and
/// parsing it again for each of a million links would dominate an export.
/// </summary>
internal sealed class TimestampCache
{
    private string? lastText;
    private DateTimeOffset lastValue;

    public DateTimeOffset Parse(string text)
    {
        if (!string.Equals(text, lastText, StringComparison.Ordinal))
        {
            lastValue = Timestamps.Parse(text);
            lastText = text;
        }

        return lastValue;
    }
}
