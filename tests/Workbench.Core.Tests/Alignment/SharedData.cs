using Workbench.Core.Alignment;
using Workbench.Core.Tests.Support;

namespace Workbench.Core.Tests.Alignment;

/// <summary>Finds ../shared beside the repository and reads its gold alignment folders.</summary>
internal static class SharedData
{
    public static string Root { get; } = RepositoryPaths.InShared();

    /// <summary>The repository's own sample article (tm/sample/en.txt and ja.txt).</summary>
    public static string Sample => Path.Combine(RepositoryPaths.Root, "tm", "sample");

    public static string NictDev => Path.Combine(Root, "bench", "align", "nict-dev");

    public static string NewsGold => Path.Combine(Root, "corpus", "gold");

    public static string Jmdict => Path.Combine(Root, "lexicon", "jmdict");

    public static IReadOnlyList<GoldDocument> Documents(string folder) =>
        Directory.GetDirectories(folder)
            .Where(d => File.Exists(Path.Combine(d, "links")))
            .Order(StringComparer.Ordinal)
            .Select(d => new GoldDocument(
                d,
                File.ReadAllLines(Path.Combine(d, "en.sent")),
                File.ReadAllLines(Path.Combine(d, "ja.sent")),
                AlignmentLinks.Read(Path.Combine(d, "links"))))
            .ToList();
}
