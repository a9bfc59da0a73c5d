using System.Globalization;
using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;
using Workbench.Core;

namespace Workbench.Storage;

/// <summary>
/// Brings a database forward to the newest schema. Migrations are the embedded <c>Migrations/NNNN_name.sql</c>
/// scripts; the applied version lives in <c>PRAGMA user_version</c>. Each migration runs in its own transaction.
/// </summary>
public static class SchemaMigrator
{
    private const string ResourcePrefix = "Workbench.Storage.Migrations.";

    private static readonly Lazy<IReadOnlyList<Migration>> EmbeddedMigrations = new(LoadEmbeddedMigrations);

    /// <summary>The schema version this build writes.</summary>
    public static int LatestVersion => EmbeddedMigrations.Value[^1].Version;

    public static int CurrentVersion(SqliteConnection connection) =>
        connection.ExecuteScalar<int>("PRAGMA user_version");

    /// <summary>Applies every migration newer than the database's version, up to <paramref name="targetVersion"/>.</summary>
    public static void Migrate(SqliteConnection connection, int? targetVersion = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var target = targetVersion ?? LatestVersion;
        SearchFunctions.Register(connection);
        var current = CurrentVersion(connection);
        if (current > LatestVersion)
        {
            throw new WorkbenchInputException(
                $"{connection.DataSource}: database schema version {current} is newer than this workbench supports ({LatestVersion}); upgrade workbench");
        }

        foreach (var migration in EmbeddedMigrations.Value.Where(m => m.Version > current && m.Version <= target))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(migration.Sql, transaction: transaction);
            connection.Execute(
                string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {migration.Version}"),
                transaction: transaction);
            transaction.Commit();
        }
    }

    private static IReadOnlyList<Migration> LoadEmbeddedMigrations()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => new Migration(ParseVersion(name), ReadResource(assembly, name)))
            .OrderBy(m => m.Version)
            .ToList();
        // Versions are numbered per feature branch (0003 search, 0004 document metadata, 0005 concurrency), so one
        // may land before a lower one; they must still be distinct and start at 1.
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version < 1 || (i > 0 && migrations[i].Version == migrations[i - 1].Version))
            {
                throw new InvalidOperationException($"Migration versions must be distinct positive numbers; found {migrations[i].Version} at position {i + 1}.");
            }
        }

        return migrations;
    }

    private static int ParseVersion(string resourceName)
    {
        var fileName = resourceName[ResourcePrefix.Length..];
        return int.Parse(fileName[..fileName.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record Migration(int Version, string Sql);
}
