using System.Text.Json;
using Workbench.Core.Terminology;

namespace Workbench.Storage;

/// <summary>A glossary entry as every backend stores it: the approved and forbidden renderings as JSON arrays.</summary>
internal static class GlossaryRows
{
    public static GlossaryEntry ToEntry((string English, string Approved, string? Note, string Forbidden) row) =>
        new(row.English, Renderings(row.Approved), row.Note, Renderings(row.Forbidden));

    private static List<string> Renderings(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];
}
