using Workbench.Core.Segmentation;

namespace Workbench.Core.Import;

/// <summary>The files of an import read and segmented, with the document's name decided, before alignment.</summary>
public sealed record ImportSources(string Name, ImportRequest Request, SegmentedDocument English, SegmentedDocument Japanese);
