namespace Workbench.Core.Search;

/// <summary>A search key with the original-text span [start, end) of each of its characters, for highlighting.</summary>
public sealed record MappedKey(string Key, IReadOnlyList<int> SourceStarts, IReadOnlyList<int> SourceEnds)
{
    /// <summary>Every non-overlapping occurrence of <paramref name="needle"/> in the key, as original-text spans.</summary>
    public IReadOnlyList<TextSpan> Find(string needle)
    {
        ArgumentNullException.ThrowIfNull(needle);
        var spans = new List<TextSpan>();
        if (needle.Length == 0)
        {
            return spans;
        }

        var at = Key.IndexOf(needle, StringComparison.Ordinal);
        while (at >= 0)
        {
            var start = SourceStarts[at];
            spans.Add(new TextSpan(start, SourceEnds[at + needle.Length - 1] - start));
            at = Key.IndexOf(needle, at + needle.Length, StringComparison.Ordinal);
        }

        return spans;
    }
}
