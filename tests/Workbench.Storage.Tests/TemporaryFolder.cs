namespace Workbench.Storage.Tests;

/// <summary>A folder under the system temp directory, deleted with everything in it on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("workbench-storage-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
