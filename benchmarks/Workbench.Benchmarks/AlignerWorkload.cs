using Workbench.Core.Lexicon;

namespace Workbench.Benchmarks;

/// <summary>
/// Long documents for the aligner benchmarks, built by concatenating the NICT dev articles (read from ../shared at
/// run time) until the English side reaches the wanted size; the dev perturbations (drops, merges) come along.
/// </summary>
internal static class AlignerWorkload
{
    public static (List<string> English, List<string> Japanese) Build(int englishSentences)
    {
        var folders = Directory.GetDirectories(Path.Combine(FindShared(), "bench", "align", "nict-dev")).Order(StringComparer.Ordinal).ToList();
        var english = new List<string>(englishSentences);
        var japanese = new List<string>(englishSentences);
        for (var k = 0; english.Count < englishSentences; k++)
        {
            var folder = folders[k % folders.Count];
            var en = File.ReadAllLines(Path.Combine(folder, "en.sent"));
            var ja = File.ReadAllLines(Path.Combine(folder, "ja.sent"));
            var take = Math.Min(en.Length, englishSentences - english.Count);
            english.AddRange(en.Take(take));
            japanese.AddRange(ja.Take((int)Math.Round((double)ja.Length * take / en.Length)));
        }

        return (english, japanese);
    }

    public static ILexicon LoadLexicon() => JmdictLexiconLoader.Load(Path.Combine(FindShared(), "lexicon", "jmdict"));

    private static string FindShared()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Workbench.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.Parent is { } parent && Directory.Exists(Path.Combine(parent.FullName, "shared"))
            ? Path.Combine(parent.FullName, "shared")
            : throw new DirectoryNotFoundException($"../shared not found beside the repository (looked from {AppContext.BaseDirectory})");
    }
}
