using Workbench.Core.Alignment;

namespace Workbench.Core.Tests.Alignment;

/// <summary>Finds ../shared beside the repository and reads its gold alignment folders.</summary>
internal static class SharedData
{
    public static string Root { get; } = FindShared();

    /// <summary>The repository's own sample article (tm/sample/en.txt and ja.txt).</summary>
    public static string Sample => Path.Combine(RepositoryRoot, "tm", "sample");

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

    private static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Workbench.sln")))
            {
                directory = directory.Parent;
            }

            Assert.True(directory is not null, $"Workbench.sln not found above {AppContext.BaseDirectory}");
            return directory!.FullName;
        }
    }

    private static string FindShared()
    {
        var parent = Directory.GetParent(RepositoryRoot);
        var shared = parent is not null ? Path.Combine(parent.FullName, "shared") : null;
        Assert.True(shared is not null && Directory.Exists(shared), $"../shared not found beside the repository (looked from {AppContext.BaseDirectory})");
        return shared!;
    }
}
