using Workbench.Core.Terminology;

namespace Workbench.Core.Formats.Glossaries;

/// <summary>
/// RFC 4180 CSV with a header row and the columns <see cref="CsvGlossaryReader"/> reads (english, japanese, note,
/// forbidden; several renderings joined with ';'), so the export reads back into the same entries.
/// </summary>
internal static class CsvGlossaryWriter
{
    public static void Write(IReadOnlyList<GlossaryEntry> entries, TextWriter writer)
    {
        writer.Write("english,japanese,note,forbidden\r\n");
        foreach (var entry in entries)
        {
            writer.Write(Quote(entry.English));
            writer.Write(',');
            writer.Write(Quote(string.Join(GlossaryCells.RenderingSeparator, entry.Approved)));
            writer.Write(',');
            writer.Write(Quote(entry.Note ?? string.Empty));
            writer.Write(',');
            writer.Write(Quote(string.Join(GlossaryCells.RenderingSeparator, entry.Forbidden)));
            writer.Write("\r\n");
        }
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
