namespace Workbench.Core.Search;

/// <summary>A run of an original text, in UTF-16 code units: what a hit highlights.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
