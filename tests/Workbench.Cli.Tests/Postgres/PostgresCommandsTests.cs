using System.Text.RegularExpressions;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Tests.Support;
using Workbench.Storage;
using Workbench.Storage.Postgres;
using Workbench.Storage.Tests.Postgres;

namespace Workbench.Cli.Tests.Postgres;

/// <summary>The commands on PostgreSQL behave as on SQLite, and <c>copy</c> moves a memory between the two.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCommandsTests(PostgresServer server) : IDisposable
{
    private static readonly Regex UpdatedAt = new("\"updatedAt\": \"[^\"]*\"", RegexOptions.CultureInvariant);

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [SkippableFact]
    public void Every_command_answers_on_postgresql_as_on_sqlite()
    {
        var postgres = PostgresUrl();
        var sqlite = Path.Combine(folder.Path, "tm.db");
        var tmx = Path.Combine(folder.Path, "sample.tmx");

        var outputs = new Dictionary<string, List<string>>();
        foreach (var database in new[] { sqlite, postgres })
        {
            var runs = new List<string>();
            Run(runs, database, "import", "--en", Sample("en.txt"), "--ja", Sample("ja.txt"), "--lexicon", "none");
            Run(runs, database, "glossary", "import", Path.Combine(RepositoryPaths.Root, "glossary"));
            if (database == sqlite)
            {
                Assert.Equal(0, CliRun.Invoke("export", "--db", database, "--format", "tmx", "-o", tmx).ExitCode);
            }

            Run(runs, database, "import-tmx", tmx, "--name", "from-tmx");
            Run(runs, database, "list");
            Run(runs, database, "show", "--doc", "sample", "--format", "json");
            Run(runs, database, "export", "--format", "tsv");
            Run(runs, database, "check", "--format", "json");
            Run(runs, database, "terms", "--format", "json");
            Run(runs, database, "search", "抑止");
            Run(runs, database, "search", "deterrence", "--lang", "en");
            Run(runs, database, "search", "核", "--lang", "ja", "--status", "auto", "--limit", "3");
            Run(runs, database, "lookup", "--file", Sample("ja.txt"), "--lang", "ja", "--min", "50", "--format", "json");
            Run(runs, database, "lookup", "--en", "NATO must restore its nuclear credibility.", "--min", "50");
            Run(runs, database, "analyze", Sample("en.txt"), "--lang", "en", "--format", "json");
            // Each database was written at its own moment: search and lookup JSON say when a pair was last changed.
            outputs[database] = runs.Select(output => UpdatedAt.Replace(
                    output
                        .Replace(sqlite, "DB", StringComparison.Ordinal)
                        .Replace(TranslationMemoryFactory.Describe(postgres), "DB", StringComparison.Ordinal),
                    "\"updatedAt\": \"(time)\""))
                .ToList();
        }

        Assert.Equal(outputs[sqlite], outputs[postgres]);
    }

    [SkippableFact]
    public void Copy_moves_a_memory_with_its_history_and_content_hashes_to_postgresql_and_back_unchanged()
    {
        var original = Path.Combine(folder.Path, "original.db");
        var postgres = PostgresUrl();
        var back = Path.Combine(folder.Path, "back.db");
        Assert.Equal(0, CliRun.Invoke("import", "--db", original, "--en", Sample("en.txt"), "--ja", Sample("ja.txt"), "--lexicon", "none").ExitCode);
        Assert.Equal(0, CliRun.Invoke("glossary", "import", "--db", original, Path.Combine(RepositoryPaths.Root, "glossary")).ExitCode);
        using (var alice = SqliteTranslationMemory.Open(original, user: "alice"))
        {
            var id = alice.FindDocument("sample")!.Id;
            var links = alice.GetLinks(id);
            alice.ApplyEdit(id, new LinkEdit("confirm", [links[0]], [links[0] with { Status = LinkStatus.Confirmed }]));
            var japanese = alice.GetSegments(id, Language.Japanese)[0];
            alice.EditSegmentText(id, "edit Japanese sentence 1", new SegmentTextChange(Language.Japanese, 0, japanese.Text, japanese.Text + "（訂正）"));
            alice.ApplyEdit(id, new LinkEdit("reject", [links[1]], [links[1] with { Status = LinkStatus.Rejected }]));
            alice.Undo(id);
            alice.ImportDocument(
                new NewDocument("batched", null, null, [new Segment(0, 0, 1, "Deterrence held.")], [new Segment(0, 0, 1, "抑止は維持された。")],
                    [new AlignmentLink(new Bead(0, 1, 0, 1, 0.9), LinkStatus.Auto, DateTimeOffset.UnixEpoch)]),
                replace: false,
                contentHash: "sha256:0123");
        }

        var there = CliRun.Invoke("copy", "--from", original, "--to", postgres);
        var again = CliRun.Invoke("copy", "--from", postgres, "--to", back);

        Assert.Equal(0, there.ExitCode);
        Assert.Contains("copied 2 documents", there.Output, StringComparison.Ordinal);
        Assert.Contains("3 history entries", there.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("workbench_test", there.Error, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(Export(original), Export(postgres));
        Assert.Equal(Export(original), Export(back));
        Assert.Equal(Archive(original), Archive(back));
        using (var alice = PostgresTranslationMemory.Open(postgres, user: "alice"))
        {
            // The history came along: alice's undone reject can be redone on the server, and her confirm undone.
            var id = alice.FindDocument("sample")!.Id;
            Assert.Equal("sha256:0123", ((IBatchImportTarget)alice).GetContentHashes()["batched"]);
            Assert.Equal("reject", alice.Redo(id)?.Description);
            Assert.Equal("reject", alice.Undo(id)?.Description);
            var text = alice.Undo(id)!;
            Assert.Equal("edit Japanese sentence 1", text.Description);
            Assert.Equal(text.TextChanges[0].Before, alice.GetSegments(id, Language.Japanese)[0].Text);
            Assert.Equal("confirm", alice.Undo(id)?.Description);
        }

        using (var reader = SqliteTranslationMemory.Open(back, user: "reader"))
        {
            Assert.Equal("sha256:0123", reader.GetContentHashes()["batched"]);
        }

        var refused = CliRun.Invoke("copy", "--from", original, "--to", back);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("not empty", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_server_is_one_line_and_exit_code_2()
    {
        var run = CliRun.Invoke("list", "--db", "postgresql://nobody:secret@127.0.0.1:1/none");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("workbench: postgresql://nobody@127.0.0.1:1/none: cannot open database", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    private static string Sample(string file) => Path.Combine(RepositoryPaths.Root, "tm", "sample", file);

    private static void Run(List<string> runs, string database, params string[] args)
    {
        var run = CliRun.Invoke([.. args, "--db", database]);
        Assert.True(run.ExitCode is 0 or 1, $"{string.Join(' ', args)} on {database}: exit {run.ExitCode}: {run.Error}");
        runs.Add($"{run.ExitCode}\n{run.Output}\n{run.Error}");
    }

    private static string Export(string database)
    {
        var run = CliRun.Invoke("export", "--db", database, "--format", "tsv");
        Assert.Equal(0, run.ExitCode);
        return run.Output;
    }

    private static string Archive(string database)
    {
        using var memory = TranslationMemoryFactory.OpenExisting(database, "reader");
        return System.Text.Json.JsonSerializer.Serialize(((ITranslationMemoryArchive)memory).ReadArchive().ToList());
    }

    private string PostgresUrl()
    {
        Skip.If(server.Unavailable is not null, server.Unavailable);
        return PostgresServer.ToUrl(server.CreateDatabase());
    }
}
