namespace Workbench.Core.Segmentation;

/// <summary>Extracts the prose paragraphs of one source format from normalised text (LF line ends).</summary>
public interface IParagraphReader
{
    IReadOnlyList<Paragraph> Read(string text);
}
