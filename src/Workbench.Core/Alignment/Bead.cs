namespace Workbench.Core.Alignment;

/// <summary>
/// One alignment unit: a run of English segments paired with a run of Japanese segments (either run may be empty,
/// never both). Ranges are 0-based segment indices.
/// </summary>
public sealed record Bead(int EnStart, int EnCount, int JaStart, int JaCount, double Confidence)
{
    public int EnEnd => EnStart + EnCount;

    public int JaEnd => JaStart + JaCount;

    public bool IsNull => EnCount == 0 || JaCount == 0;

    /// <summary>The bead in the reference scorer's notation: <c>[1,2]:[3]</c>.</summary>
    public string ToLinkNotation() => AppendLinkNotation(new System.Text.StringBuilder(16)).ToString();

    /// <summary>Appends <see cref="ToLinkNotation"/>'s text, without a string per bead (a links file of 40,000 beads).</summary>
    public System.Text.StringBuilder AppendLinkNotation(System.Text.StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        AppendIds(text.Append('['), EnStart, EnCount).Append("]:[");
        return AppendIds(text, JaStart, JaCount).Append(']');
    }

    /// <summary>Ids joined by commas, in a loop: <c>string.Join</c> over <c>Enumerable.Range</c> was compiled at run time.</summary>
    private static System.Text.StringBuilder AppendIds(System.Text.StringBuilder text, int start, int count)
    {
        for (var id = start; id < start + count; id++)
        {
            if (id > start)
            {
                text.Append(',');
            }

            text.Append(id);
        }

        return text;
    }
}
