using Microsoft.Data.Sqlite;
using Workbench.Core.Documents;

namespace Workbench.Storage;

/// <summary>Walks one side's segments in index order, handing out the runs that consecutive links cover.</summary>
internal sealed class SegmentCursor : IDisposable
{
    private readonly SqliteCommand command;
    private readonly SqliteDataReader reader;

    public SegmentCursor(SqliteConnection connection, long documentId, Language language)
    {
        command = connection.CreateCommand();
        command.CommandText =
            "SELECT idx, paragraph, source_line, text FROM segments WHERE document_id = $document AND lang = $lang ORDER BY idx";
        command.Parameters.AddWithValue("$document", documentId);
        command.Parameters.AddWithValue("$lang", language.ToCode());
        reader = command.ExecuteReader();
    }

    /// <summary>Segments <paramref name="start"/> .. start+count-1; segments before <paramref name="start"/> are skipped.</summary>
    public IReadOnlyList<Segment> Take(int start, int count)
    {
        if (count == 0)
        {
            return [];
        }

        var taken = new Segment[count];
        var filled = 0;
        while (filled < count && reader.Read())
        {
            var index = reader.GetInt32(0);
            if (index >= start)
            {
                taken[filled++] = new Segment(index, reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3));
            }
        }

        return filled == count ? taken : taken[..filled];
    }

    public void Dispose()
    {
        reader.Dispose();
        command.Dispose();
    }
}
