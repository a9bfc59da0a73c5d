using System.Data.Common;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;

namespace Workbench.Storage;

/// <summary>Turns the links a search index found, and their segments, into pairs — the same on every backend.</summary>
internal static class SearchPairAssembly
{
    /// <summary>
    /// <paramref name="segmentRows"/> yields (link id, lang, idx, paragraph, source line, text) ordered by link, side
    /// and index; the pairs come back in <paramref name="linkIds"/>' order, the order the index ranked them.
    /// </summary>
    public static List<AlignedPair> Assemble(
        IReadOnlyList<long> linkIds, IReadOnlyDictionary<long, (string Document, AlignmentLink Link)> links, DbDataReader segmentRows)
    {
        var english = linkIds.ToDictionary(id => id, _ => new List<Segment>());
        var japanese = linkIds.ToDictionary(id => id, _ => new List<Segment>());
        while (segmentRows.Read())
        {
            var side = segmentRows.GetString(1) == "en" ? english : japanese;
            side[segmentRows.GetInt64(0)].Add(
                new Segment(segmentRows.GetInt32(2), segmentRows.GetInt32(3), segmentRows.GetInt32(4), segmentRows.GetString(5)));
        }

        return linkIds.Select(id => links.TryGetValue(id, out var found)
                ? new AlignedPair(found.Document, found.Link, english[id], japanese[id])
                : throw new InvalidOperationException($"search index names link {id}, which is not in the links table"))
            .ToList();
    }
}
