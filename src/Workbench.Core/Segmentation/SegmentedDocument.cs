using Workbench.Core.Documents;

namespace Workbench.Core.Segmentation;

/// <summary>A source file's sentences with the metadata its page declared.</summary>
public sealed record SegmentedDocument(IReadOnlyList<Segment> Segments, SourceMetadata Metadata);
