namespace Workbench.Core.Tests.Support;

/// <summary>Finds the repository root (the folder holding Workbench.sln) and the read-only ../shared beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string TmxDtd { get; } = Path.Combine(Shared, "tmx", "schemas", "omegat", "tmx14.dtd");

    public static string TmxSamples { get; } = Path.Combine(Shared, "tmx", "samples");

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
