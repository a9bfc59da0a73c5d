namespace Workbench.Core.Text.Japanese;

/// <summary>Takes <see cref="JapaneseNormalizer.Normalize(string)"/>'s characters one by one, each with the index of the original character it comes from.</summary>
internal interface INormalizedSink
{
    void Add(char c, int source);
}
