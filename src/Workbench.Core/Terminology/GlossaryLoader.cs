using Workbench.Core.Formats;

namespace Workbench.Core.Terminology;

/// <summary>Loads a glossary file (TSV, TBX or CSV by extension) or every glossary file under a folder.</summary>
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

            return [.. files.SelectMany(LoadFile)];
        }

        if (!File.Exists(path))
        {
            throw new WorkbenchInputException($"{path}: glossary file or folder not found");
        }

        return LoadFile(path);
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
