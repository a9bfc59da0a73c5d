using System.Globalization;
using System.Reflection;
using Dapper;
using Npgsql;
using Workbench.Core;
using Workbench.Core.Documents;

namespace Workbench.Storage.Postgres;

/// <summary>
/// Brings a PostgreSQL database forward to the newest schema: the embedded <c>Postgres/Migrations/NNNN_name.sql</c>
/// scripts, the applied version in <c>workbench_schema</c>. All pending migrations run in one transaction under an
/// advisory lock, so workers starting together on a new database migrate it once.
/// </summary>
public static class PostgresSchemaMigrator
{
    private const string ResourcePrefix = "Workbench.Storage.Postgres.Migrations.";

    /// <summary>Any fixed number: the advisory lock that serialises migrations of one database.</summary>
    private const long MigrationLockKey = 0x576f726b62656e;

    /// <summary>The migration that creates the search index (0004_search_index.sql).</summary>
    private const int SearchIndexVersion = 4;
    private const int KeysWithoutFormatCharactersVersion = 6;

    private static readonly Lazy<IReadOnlyList<(int Version, string Sql)>> EmbeddedMigrations = new(LoadEmbeddedMigrations);

    public static int LatestVersion => EmbeddedMigrations.Value[^1].Version;

    public static int CurrentVersion(NpgsqlConnection connection) =>
        connection.ExecuteScalar<bool>("SELECT to_regclass('workbench_schema') IS NULL")
            ? 0
            : connection.ExecuteScalar<int>("SELECT COALESCE(MAX(version), 0) FROM workbench_schema");

    /// <summary>Applies the pending migrations up to <paramref name="targetVersion"/> (default: the newest).</summary>
    public static void Migrate(NpgsqlConnection connection, string displayName, int? targetVersion = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var transaction = connection.BeginTransaction();
        connection.Execute("SELECT pg_advisory_xact_lock(@MigrationLockKey)", new { MigrationLockKey }, transaction);
        connection.Execute("CREATE TABLE IF NOT EXISTS workbench_schema (version integer NOT NULL)", transaction: transaction);
        var current = connection.ExecuteScalar<int>("SELECT COALESCE(MAX(version), 0) FROM workbench_schema", transaction: transaction);
        if (current > LatestVersion)
        {
            throw new WorkbenchInputException(
                $"{displayName}: database schema version {current} is newer than this workbench supports ({LatestVersion}); upgrade workbench");
        }

        foreach (var (version, sql) in EmbeddedMigrations.Value.Where(m => m.Version > current && m.Version <= (targetVersion ?? LatestVersion)))
        {
            connection.Execute(sql, transaction: transaction);
            if (version == SearchIndexVersion)
            {
                // The index keys come from Core, so the links already stored are indexed here, not by the script.
                PostgresSearchPostings.IndexAll(connection, transaction);
            }
            else if (version == KeysWithoutFormatCharactersVersion)
            {
                PostgresSearchPostings.IndexAgainWhereFormatCharacters(connection, transaction);
            }

            connection.Execute("DELETE FROM workbench_schema; INSERT INTO workbench_schema VALUES (@version)", new { version }, transaction);
        }

        transaction.Commit();
    }

    private static IReadOnlyList<(int Version, string Sql)> LoadEmbeddedMigrations()
    {
        var assembly = typeof(PostgresSchemaMigrator).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => (Version: ParseVersion(name), Sql: ReadResource(assembly, name)))
            .OrderBy(m => m.Version)
            .ToList();
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"PostgreSQL migration versions must run 1, 2, 3 ... without gaps; found {migrations[i].Version} at position {i + 1}.");
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
}
