using Workbench.Core.Formats;

namespace Workbench.Core.Terminology;

/// <summary>
/// Loads a glossary file (TSV, TBX or CSV by extension) or every glossary file under a folder. A glossary without a
/// single entry is bad input, not an empty glossary: <c>glossary import</c> would replace the stored term base with
/// nothing and <c>check</c> would pass a CI gate that checks no term. A folder may hold empty files (OmegaT creates
/// an empty glossary.txt) as long as the folder as a whole has entries.
/// </summary>
public static class GlossaryLoader
{
    private static readonly string[] TabSeparatedExtensions = [".txt", ".tsv", ".utf8", ".tab"];

    public static bool IsGlossaryFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return TabSeparatedExtensions.Contains(extension) || extension is ".tbx" or ".csv";
    }

    public static IReadOnlyList<GlossaryEntry> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(IsGlossaryFile)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (files.Count == 0)
            {
                throw new WorkbenchInputException($"{path}: no glossary files (*.txt, *.tsv, *.utf8, *.tbx, *.csv) in this folder");
            }

            IReadOnlyList<GlossaryEntry> all = [.. files.SelectMany(LoadFile)];
            return all.Count > 0
                ? all
                : throw new WorkbenchInputException($"{path}: no glossary entries in its glossary files (only blank lines, comments or headers)");
        }

        if (!File.Exists(path))
        {
            throw new WorkbenchInputException($"{path}: glossary file or folder not found");
        }

        var entries = LoadFile(path);
        return entries.Count > 0
            ? entries
            : throw new WorkbenchInputException($"{path}: no glossary entries (only blank lines, comments or a header)");
    }

    private static IReadOnlyList<GlossaryEntry> LoadFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".tbx" => TbxGlossaryReader.Read(path),
            ".csv" => CsvGlossaryReader.Read(path),
            var extension when TabSeparatedExtensions.Contains(extension) => TsvGlossaryReader.Read(path),
            var extension => throw new WorkbenchInputException(
                $"{path}: unknown glossary format \"{extension}\" (use .txt/.tsv/.utf8 tab-separated, .tbx or .csv)"),
        };
}
