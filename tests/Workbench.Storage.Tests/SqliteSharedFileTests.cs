using Microsoft.Data.Sqlite;
using Workbench.Core.Storage;
using Workbench.Core.Tests.Support;

namespace Workbench.Storage.Tests;

/// <summary>Several reviewers on one SQLite database file.</summary>
public sealed class SqliteSharedFileTests : SharedMemoryContract
{
    private readonly TemporaryDirectory folder = new();

    protected override ITranslationMemory OpenSession(string user) =>
        SqliteTranslationMemory.Open(Path.Combine(folder.Path, "team.db"), user: user);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            folder.Dispose();
        }
    }
}
