using System.Text.Json;
using Workbench.Core.Terminology;

namespace Workbench.Storage;

/// <summary>A glossary entry as every backend stores it: the approved and forbidden renderings as JSON arrays.</summary>
internal static class GlossaryRows
{
    public static GlossaryEntry ToEntry(GlossaryRow row) =>
        new(row.English, Renderings(row.Approved), row.Note, Renderings(row.Forbidden));

    /// <summary>Renderings as the JSON array a glossary column stores.</summary>
    public static string ToColumn(IReadOnlyList<string> renderings) => JsonSerializer.Serialize(renderings, StorageJson.Default.IReadOnlyListString);

    private static List<string> Renderings(string json) => JsonSerializer.Deserialize(json, StorageJson.Default.ListString) ?? [];
}
