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
    public string ToLinkNotation() =>
        $"[{string.Join(',', Enumerable.Range(EnStart, EnCount))}]:[{string.Join(',', Enumerable.Range(JaStart, JaCount))}]";
}
