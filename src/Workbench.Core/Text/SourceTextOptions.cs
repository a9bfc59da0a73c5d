namespace Workbench.Core.Text;

/// <summary>Limits that keep <see cref="SourceTextReader"/> from choking on files that are not prose.</summary>
/// <param name="MaxFileBytes">Larger files are rejected before they are read into memory.</param>
/// <param name="MaxLineCharacters">A longer line is not pasted prose; rejecting it keeps segmentation fast.</param>
public sealed record SourceTextOptions(long MaxFileBytes, int MaxLineCharacters)
{
    public static SourceTextOptions Default { get; } = new(MaxFileBytes: 64L * 1024 * 1024, MaxLineCharacters: 100_000);
}
