using Workbench.Core.Documents;

namespace Workbench.Core.Import;

/// <summary>
/// Finds the documents of <c>import --batch DIR</c>. The pairing rule, in every folder under DIR (DIR included):
/// <list type="bullet">
/// <item>a file named <c>ja.EXT</c> (any language spelling <see cref="LanguageCodes"/> reads: <c>ja</c>, <c>jp</c>,
/// <c>ja-JP</c> …) is one document named after the folder's path under DIR (<c>wotr/deterrence</c>), with the folder's
/// <c>en.EXT</c> as its English original when there is one;</item>
/// <item>a file named <c>NAME.ja.EXT</c> is one document named <c>NAME</c> (prefixed with the folder's path under DIR),
/// with <c>NAME.en.EXT</c> beside it as its English original when there is one.</item>
/// </list>
/// A Japanese-only document is valid, as with <c>import</c>. An English file without its Japanese translation, or two
/// Japanese files for one name (<c>ja.txt</c> and <c>ja.html</c>), is reported as a problem; the rest still import.
/// A folder with no document and no such problem is an error.
/// </summary>
public static class BatchFolder
{
    public static BatchDiscovery Discover(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!Directory.Exists(root))
        {
            throw new WorkbenchInputException(File.Exists(root) ? $"{root}: is a file; --batch takes a folder" : $"{root}: folder not found");
        }

        var documents = new List<BatchDocument>();
        var problems = new List<string>();
        var rootName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)));
        foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Prepend(root).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, folder).Replace(Path.DirectorySeparatorChar, '/');
            var prefix = relative == "." ? string.Empty : relative + "/";
            var sides = new Dictionary<string, (List<string> English, List<string> Japanese)>(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            {
                if (Classify(Path.GetFileName(file)) is not var (stem, language))
                {
                    continue;
                }

                var name = stem.Length == 0 ? (relative == "." ? rootName : relative) : prefix + stem;
                if (!sides.TryGetValue(name, out var pair))
                {
                    pair = ([], []);
                    sides[name] = pair;
                }

                (language == Language.English ? pair.English : pair.Japanese).Add(file);
            }

            foreach (var (name, (english, japanese)) in sides.OrderBy(entry => entry.Key, StringComparer.Ordinal))
            {
                if (japanese.Count == 0)
                {
                    problems.Add($"{english[0]}: no Japanese translation beside it (expected {Expected(english[0])})");
                }
                else if (japanese.Count > 1 || english.Count > 1)
                {
                    problems.Add($"{name}: more than one file for one side ({string.Join(", ", english.Concat(japanese).Select(Path.GetFileName))}); keep one");
                }
                else
                {
                    documents.Add(new BatchDocument(name, english.SingleOrDefault(), japanese[0]));
                }
            }
        }

        if (documents.Count == 0 && problems.Count == 0)
        {
            // A mistyped or wrong folder would otherwise "import 0 documents" and pass a script or CI job.
            throw new WorkbenchInputException($"{root}: no documents found (expected ja.EXT with en.EXT in a folder, or NAME.ja.EXT with NAME.en.EXT)");
        }

        return new BatchDiscovery(documents, problems);
    }

    /// <summary><c>ja.txt</c> → ("", ja); <c>name.en.md</c> → ("name", en); anything else → null.</summary>
    private static (string Stem, Language Language)? Classify(string fileName)
    {
        var parts = fileName.Split('.');
        if (parts.Length == 2 && LanguageCodes.TryParse(parts[0], out var whole) && IsLanguageName(parts[0]))
        {
            return (string.Empty, whole);
        }

        if (parts.Length >= 3 && parts[^2].Length > 0 && LanguageCodes.TryParse(parts[^2], out var tagged) && IsLanguageName(parts[^2]))
        {
            return (string.Join('.', parts[..^2]), tagged);
        }

        return null;
    }

    /// <summary>Only short codes count: a file called <c>english-notes.txt</c> is not a language file.</summary>
    private static bool IsLanguageName(string part) => part.Length <= 5 && !part.Contains(' ', StringComparison.Ordinal);

    private static string Expected(string englishPath)
    {
        var fileName = Path.GetFileName(englishPath);
        var parts = fileName.Split('.');
        return parts.Length == 2 ? $"ja.{parts[1]}" : $"{string.Join('.', parts[..^2])}.ja.{parts[^1]}";
    }
}
