namespace Workbench.Core.Tests.Support;

/// <summary>Finds the repository root (the folder holding Workbench.sln) and the read-only ../shared beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The read-only shared folder next to the repository (corpus, gold, schemas, samples).</summary>
    public static string Shared { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string TmxDtd { get; } = Path.Combine(Shared, "tmx", "schemas", "omegat", "tmx14.dtd");

    public static string TmxSamples { get; } = Path.Combine(Shared, "tmx", "samples");

    /// <summary>A path under ../shared; fails the test (never skips it) when the data is missing.</summary>
    public static string InShared(params string[] parts)
    {
        var path = Path.Combine([Shared, .. parts]);
        Assert.True(File.Exists(path) || Directory.Exists(path), $"shared test data is missing: {path}");
        return path;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Workbench.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Workbench.sln above {AppContext.BaseDirectory}");
    }
}
