namespace Workbench.Core.Alignment.Search;

/// <summary>
/// A bead of a pass's path as the dynamic programme found it: its two spans (document indices) and its cost, before the
/// confidence model makes a <see cref="Bead"/> of it.
/// </summary>
internal readonly record struct PathBead(int EnStart, int EnCount, int JaStart, int JaCount, double Cost)
{
    public int EnEnd => EnStart + EnCount;

    public int JaEnd => JaStart + JaCount;

    public bool IsNull => EnCount == 0 || JaCount == 0;
}
