namespace Workbench.Core.Documents;

/// <summary>One sentence of one side of a document.</summary>
/// <param name="Index">0-based position among the document's segments of this language.</param>
/// <param name="Paragraph">0-based paragraph the sentence came from.</param>
/// <param name="SourceLine">1-based line of the source file where the sentence starts (for CI annotations).</param>
/// <param name="Text">The sentence, NFC-normalised.</param>
public sealed record Segment(int Index, int Paragraph, int SourceLine, string Text);
