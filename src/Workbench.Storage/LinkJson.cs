using System.Text.Json;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;

namespace Workbench.Storage;

/// <summary>Serialises the links an edit replaced or added, and the texts it corrected, for the <c>edit_history</c> table.</summary>
internal static class LinkJson
{
    public static string Serialize(IReadOnlyList<AlignmentLink> links) =>
        JsonSerializer.Serialize(links.Select(link => new StoredLink(
            link.Bead.EnStart,
            link.Bead.EnCount,
            link.Bead.JaStart,
            link.Bead.JaCount,
            link.Bead.Confidence,
            StatusNames.ToColumn(link.Status),
            Timestamps.Format(link.UpdatedAt),
            link.Version)).ToList(), StorageJson.Default.ListStoredLink);

    public static IReadOnlyList<AlignmentLink> Deserialize(string json) =>
        (JsonSerializer.Deserialize(json, StorageJson.Default.ListStoredLink) ?? [])
        .Select(stored => new AlignmentLink(
            new Bead(stored.EnStart, stored.EnCount, stored.JaStart, stored.JaCount, stored.Confidence),
            StatusNames.FromColumn(stored.Status),
            Timestamps.Parse(stored.UpdatedAt)) { Version = stored.Version })
        .ToList();

    /// <summary>The segment text changes of a text edit (<c>text_json</c>); null for a link edit.</summary>
    public static string? SerializeTextChanges(IReadOnlyList<SegmentTextChange> changes) =>
        changes.Count == 0 ? null : JsonSerializer.Serialize(changes, StorageJson.Default.IReadOnlyListSegmentTextChange);

    public static IReadOnlyList<SegmentTextChange> DeserializeTextChanges(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize(json, StorageJson.Default.ListSegmentTextChange) ?? [];

    internal sealed record StoredLink(int EnStart, int EnCount, int JaStart, int JaCount, double Confidence, string Status, string UpdatedAt, long Version = 0);
}
