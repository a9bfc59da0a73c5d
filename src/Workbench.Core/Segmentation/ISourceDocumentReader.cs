namespace Workbench.Core.Segmentation;

/// <summary>
/// Turns a source file into paragraphs of prose. Core's <see cref="FileSourceReader"/> reads text, Markdown and
/// HTML by their markup; an adapter can extract the article from a web page instead.
/// </summary>
public interface ISourceDocumentReader
{
    /// <summary>Reads the file; throws <see cref="WorkbenchInputException"/> on unusable input.</summary>
    SourceDocument Read(string path);
}
