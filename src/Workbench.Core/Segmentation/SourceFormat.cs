namespace Workbench.Core.Segmentation;

/// <summary>How a source file marks its paragraphs.</summary>
public enum SourceFormat
{
    /// <summary>Every non-empty line is a paragraph (articles pasted from the web).</summary>
    PlainText,

    /// <summary>Markdown blocks: paragraphs, headings, list items, block quotes.</summary>
    Markdown,

    /// <summary>HTML block elements: p, h1-h6, li, blockquote.</summary>
    Html,
}
