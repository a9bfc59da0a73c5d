namespace Workbench.Core.Tests.Support;

/// <summary>Finds the repository root (the folder holding Workbench.sln) and the shared corpus beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The read-only shared folder next to the repository (corpus, schemas).</summary>
    public static string Shared { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string InShared(params string[] parts)
    {
        var path = Path.Combine([Shared, .. parts]);
        Assert.True(File.Exists(path) || Directory.Exists(path), $"shared test data is missing: {path}");
        return path;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Workbench.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Workbench.sln not found above {AppContext.BaseDirectory}");
    }
}
