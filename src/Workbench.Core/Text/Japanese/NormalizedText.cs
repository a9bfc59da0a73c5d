namespace Workbench.Core.Text.Japanese;

/// <summary>
/// Text after <see cref="JapaneseNormalizer"/>, with the index in the original string of every normalised character,
/// so a match can be reported as the text the translator actually wrote.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] sourceIndex;

    internal NormalizedText(string original, string text, int[] sourceIndex)
    {
        Original = original;
        Text = text;
        this.sourceIndex = sourceIndex;
    }

    public string Original { get; }

    public string Text { get; }

    /// <summary>Index in the original text where normalised character <paramref name="index"/> comes from;
    /// <see cref="Text"/>.Length maps to the original's length.</summary>
    public int SourceIndexOf(int index) => index < sourceIndex.Length ? sourceIndex[index] : Original.Length;

    /// <summary>The original text covering the normalised span [start, start + length).</summary>
    public string OriginalSpan(int start, int length)
    {
        if (length <= 0)
        {
            return string.Empty;
        }

        var from = sourceIndex[start];
        var to = start + length < sourceIndex.Length ? sourceIndex[start + length] : Original.Length;
        return Original[from..Math.Max(from, to)];
    }
}
