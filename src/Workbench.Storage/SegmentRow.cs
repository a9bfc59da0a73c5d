using Workbench.Core.Documents;

namespace Workbench.Storage;

/// <summary>A row of the <c>segments</c> table as Dapper reads it.</summary>
internal sealed class SegmentRow
{
    public const string Columns = "idx AS Idx, paragraph AS Paragraph, source_line AS SourceLine, text AS Text";

    public long Idx { get; set; }

    public long Paragraph { get; set; }

    public long SourceLine { get; set; }

    public string Text { get; set; } = string.Empty;

    public Segment ToSegment() => new((int)Idx, (int)Paragraph, (int)SourceLine, Text);
}
