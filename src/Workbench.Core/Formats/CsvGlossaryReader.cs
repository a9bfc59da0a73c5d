using Workbench.Core.Terminology;

namespace Workbench.Core.Formats;

/// <summary>
/// Comma-separated glossary (RFC 4180) with the same columns as the TSV form: english, japanese, note, forbidden.
/// A first row whose first cell is "english", "en", "source" or "term" is a header and skipped.
/// </summary>
public static class CsvGlossaryReader
{
    private static readonly string[] HeaderNames = ["english", "en", "source", "term"];

    public static IReadOnlyList<GlossaryEntry> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(GlossaryText.ReadAll(path), path);
    }

    /// <param name="origin">The file name used in error messages.</param>
    public static IReadOnlyList<GlossaryEntry> Parse(string text, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<GlossaryEntry>();
        var first = true;
        foreach (var (line, fields) in CsvRecordReader.Read(text, origin))
        {
            var isHeader = first && HeaderNames.Contains(fields[0].Trim(), StringComparer.OrdinalIgnoreCase);
            first = false;
            if (isHeader || fields[0].TrimStart().StartsWith('#'))
            {
                continue;
            }

            entries.Add(GlossaryCells.ToEntry(fields, origin, line));
        }

        return entries;
    }
}
