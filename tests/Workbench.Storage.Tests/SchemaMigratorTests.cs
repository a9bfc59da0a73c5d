using Dapper;
using Microsoft.Data.Sqlite;
using Workbench.Core;

namespace Workbench.Storage.Tests;

public sealed class SchemaMigratorTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public SchemaMigratorTests() => connection.Open();

    public void Dispose() => connection.Dispose();

    [Fact]
    public void A_new_database_is_migrated_to_the_latest_version()
    {
        SchemaMigrator.Migrate(connection);

        Assert.Equal(SchemaMigrator.LatestVersion, SchemaMigrator.CurrentVersion(connection));
        Assert.True(SchemaMigrator.LatestVersion >= 2);
        Assert.Equal(1, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'links_review_queue'"));
    }

    [Fact]
    public void A_version_1_database_keeps_its_data_when_migrated_forward()
    {
        SchemaMigrator.Migrate(connection, targetVersion: 1);
        connection.Execute("INSERT INTO documents (name, imported_at) VALUES ('old', '2025-01-01T00:00:00Z')");
        connection.Execute("INSERT INTO segments VALUES (1, 'ja', 0, 0, 1, '古い文。')");
        connection.Execute("INSERT INTO links (document_id, en_start, en_count, ja_start, ja_count, confidence, status, updated_at) VALUES (1, 0, 0, 0, 1, 0.5, 'auto', '2025-01-01T00:00:00Z')");
        Assert.Equal(0, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'links_review_queue'"));

        SchemaMigrator.Migrate(connection);

        Assert.Equal(SchemaMigrator.LatestVersion, SchemaMigrator.CurrentVersion(connection));
        Assert.Equal("古い文。", connection.ExecuteScalar<string>("SELECT text FROM segments"));
        Assert.Equal(1, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM links"));
    }

    [Fact]
    public void Migrating_twice_changes_nothing()
    {
        SchemaMigrator.Migrate(connection);
        var schema = connection.Query<string>("SELECT sql FROM sqlite_master ORDER BY name").ToList();

        SchemaMigrator.Migrate(connection);

        Assert.Equal(schema, connection.Query<string>("SELECT sql FROM sqlite_master ORDER BY name"));
    }

    [Fact]
    public void A_database_from_a_newer_workbench_is_refused()
    {
        connection.Execute($"PRAGMA user_version = {SchemaMigrator.LatestVersion + 1}");

        var error = Assert.Throws<WorkbenchInputException>(() => SchemaMigrator.Migrate(connection));

        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_enforces_link_invariants_and_cascades_deletes()
    {
        SchemaMigrator.Migrate(connection);
        connection.Execute("PRAGMA foreign_keys = ON");
        connection.Execute("INSERT INTO documents (name, imported_at) VALUES ('d', '2025-01-01T00:00:00Z')");

        Assert.Throws<SqliteException>(() => connection.Execute(
            "INSERT INTO links (document_id, en_start, en_count, ja_start, ja_count, confidence, status, updated_at) VALUES (1, 0, 0, 0, 0, 0.5, 'auto', 'x')"));
        Assert.Throws<SqliteException>(() => connection.Execute(
            "INSERT INTO links (document_id, en_start, en_count, ja_start, ja_count, confidence, status, updated_at) VALUES (1, 0, 1, 0, 1, 1.5, 'auto', 'x')"));
        Assert.Throws<SqliteException>(() => connection.Execute(
            "INSERT INTO links (document_id, en_start, en_count, ja_start, ja_count, confidence, status, updated_at) VALUES (2, 0, 1, 0, 1, 0.5, 'auto', 'x')"));

        connection.Execute("INSERT INTO segments VALUES (1, 'en', 0, 0, 1, 'x')");
        connection.Execute("DELETE FROM documents");
        Assert.Equal(0, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM segments"));
    }
}
