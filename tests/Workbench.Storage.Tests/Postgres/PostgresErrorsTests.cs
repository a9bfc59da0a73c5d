using Npgsql;
using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Core.Storage;
using Workbench.Storage.Postgres;

namespace Workbench.Storage.Tests.Postgres;

/// <summary>A server that cannot be reached, a database that is not there, a connection lost mid-session: one line
/// each, as Core's exceptions, never Npgsql's.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresErrorsTests(PostgresServer server)
{
    [Fact]
    public void A_server_that_refuses_connections_is_named_with_the_reason()
    {
        var error = Assert.Throws<WorkbenchInputException>(() => PostgresTranslationMemory.Open("postgresql://nobody:secret@127.0.0.1:1/none"));

        Assert.Equal(
            "postgresql://nobody@127.0.0.1:1/none: cannot open database: Failed to connect to 127.0.0.1:1: connection refused; is the server running and listening there?",
            error.Message);
    }

    [SkippableFact]
    public void A_missing_database_says_to_create_it()
    {
        var existing = new NpgsqlConnectionStringBuilder(Database()) { Database = "workbench_no_such_database" };

        var error = Assert.Throws<WorkbenchInputException>(() => PostgresTranslationMemory.Open(existing.ConnectionString));

        Assert.EndsWith("database \"workbench_no_such_database\" does not exist; create it first (createdb) or check the name", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_connection_lost_mid_session_refuses_the_edit_with_a_core_exception()
    {
        var database = Database();
        using var memory = PostgresTranslationMemory.Open(database);
        var id = memory.ImportDocument(SampleDocuments.Create(), replace: false);
        var link = memory.GetLinks(id)[0];
        using (var admin = new NpgsqlConnection(database))
        {
            admin.Open();
            using var kill = new NpgsqlCommand(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", admin);
            kill.ExecuteNonQuery();
        }

        var error = Assert.Throws<TranslationMemoryException>(() =>
            memory.ApplyEdit(id, new LinkEdit("confirm", [link], [link with { Status = LinkStatus.Confirmed }])));

        Assert.StartsWith("cannot apply the edit: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    private string Database()
    {
        Skip.If(server.Unavailable is not null, server.Unavailable);
        return server.CreateDatabase();
    }
}
