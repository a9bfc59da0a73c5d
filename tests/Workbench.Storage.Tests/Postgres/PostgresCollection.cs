namespace Workbench.Storage.Tests.Postgres;

/// <summary>The test classes that share one PostgreSQL server, started once for the test run.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
