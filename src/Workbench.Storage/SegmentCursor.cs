using Dapper;
using Microsoft.Data.Sqlite;
using Workbench.Core.Documents;

namespace Workbench.Storage;

/// <summary>Walks one side's segments in index order, handing out the runs that consecutive links cover.</summary>
internal sealed class SegmentCursor : IDisposable
{
    private readonly IEnumerator<SegmentRow> rows;

    public SegmentCursor(SqliteConnection connection, long documentId, Language language)
    {
        rows = connection.Query<SegmentRow>(
                $"SELECT {SegmentRow.Columns} FROM segments WHERE document_id = @documentId AND lang = @lang ORDER BY idx",
                new { documentId, lang = language.ToCode() },
                buffered: false)
            .GetEnumerator();
    }

    /// <summary>Segments <paramref name="start"/> .. start+count-1; segments before <paramref name="start"/> are skipped.</summary>
    public IReadOnlyList<Segment> Take(int start, int count)
    {
        var taken = new List<Segment>(count);
        while (taken.Count < count && rows.MoveNext())
        {
            if (rows.Current.Idx >= start)
            {
                taken.Add(rows.Current.ToSegment());
            }
        }

        return taken;
    }

    public void Dispose() => rows.Dispose();
}
