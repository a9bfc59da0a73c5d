using Workbench.Core.Storage;
using Workbench.Storage.Postgres;

namespace Workbench.Storage.Tests.Postgres;

/// <summary>The storage contract on PostgreSQL: each test in a database of its own.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresTranslationMemoryTests(PostgresServer server) : TranslationMemoryContract
{
    protected override ITranslationMemory CreateMemory()
    {
        Skip.If(server.Unavailable is not null, server.Unavailable);
        return PostgresTranslationMemory.Open(server.CreateDatabase());
    }
}

/// <summary>Several reviewers on one PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSharedMemoryTests(PostgresServer server) : SharedMemoryContract
{
    private readonly Lazy<string> database = new(server.CreateDatabase);

    protected override ITranslationMemory OpenSession(string user)
    {
        Skip.If(server.Unavailable is not null, server.Unavailable);
        return PostgresTranslationMemory.Open(database.Value, user: user);
    }
}
