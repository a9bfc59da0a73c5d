using Workbench.Core.Documents;

namespace Workbench.Core.Segmentation;

/// <summary>A source file read into prose paragraphs, with what it says about itself.</summary>
/// <param name="Paragraphs">The prose, in reading order.</param>
/// <param name="Metadata">Title, byline, date and address; <see cref="SourceMetadata.Empty"/> for plain files.</param>
/// <param name="Description">How the file was read, for messages ("Html", "HTML article").</param>
public sealed record SourceDocument(IReadOnlyList<Paragraph> Paragraphs, SourceMetadata Metadata, string Description);
