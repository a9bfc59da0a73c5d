using Workbench.Core.Tests.Support;

namespace Workbench.Cli.Tests.Batch;

public sealed class BatchImportTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    private string Database => folder.PathOf("tm.db");

    private string Corpus => folder.PathOf("corpus");

    public void Dispose() => folder.Dispose();

    /// <summary>A small generated corpus: document i has i % 4 + 2 sentences a side.</summary>
    internal static void WriteCorpus(TemporaryDirectory folder, int documents)
    {
        for (var i = 0; i < documents; i++)
        {
            var sentences = Enumerable.Range(0, (i % 4) + 2).ToList();
            folder.Write($"corpus/doc{i:D3}/en.txt", string.Concat(sentences.Select(s => $"Document {i} makes point {s} about deterrence.\n")));
            folder.Write($"corpus/doc{i:D3}/ja.txt", string.Concat(sentences.Select(s => $"文書{i}は抑止について論点{s}を述べる。\n")));
        }
    }

    [Fact]
    public void A_batch_imports_every_pair_lists_failures_one_line_each_and_a_rerun_skips_what_is_unchanged()
    {
        WriteCorpus(folder, 6);
        folder.Write("corpus/notes.ja.txt", "訳者のメモ。\n");
        folder.Write("corpus/orphan/en.txt", "No translation yet.\n");
        folder.Write("corpus/empty/ja.txt", "\n\n");

        var first = CliRun.Invoke("import", "--db", Database, "--batch", Corpus, "--jobs", "2", "--lexicon", "none");

        Assert.Equal(2, first.ExitCode);
        Assert.Contains("imported 7 documents", first.Output, StringComparison.Ordinal);
        Assert.Contains("2 failed", first.Output, StringComparison.Ordinal);
        var failures = first.Error.TrimEnd().Split('\n');
        Assert.Equal(2, failures.Length);
        Assert.Contains(failures, line => line.StartsWith("workbench: empty: ", StringComparison.Ordinal));
        Assert.Contains(failures, line => line.Contains("orphan", StringComparison.Ordinal) && line.Contains("no Japanese translation", StringComparison.Ordinal));
        var listed = CliRun.Invoke("list", "--db", Database).Output;
        Assert.Contains("doc005", listed, StringComparison.Ordinal);
        Assert.Contains("notes", listed, StringComparison.Ordinal);

        var again = CliRun.Invoke("import", "--db", Database, "--batch", Corpus, "--lexicon", "none");
        Assert.Contains("imported 0 documents (0 sentences), skipped 7 unchanged", again.Output, StringComparison.Ordinal);

        folder.Write("corpus/doc001/ja.txt", "書き直した文。\n");
        var changed = CliRun.Invoke("import", "--db", Database, "--batch", Corpus, "--lexicon", "none");
        Assert.Contains("doc001: already stored with other content; use --replace", changed.Error, StringComparison.Ordinal);
        var replaced = CliRun.Invoke("import", "--db", Database, "--batch", Corpus, "--lexicon", "none", "--replace");
        Assert.Contains("imported 1 documents", replaced.Output, StringComparison.Ordinal);
        Assert.Contains("書き直した文。", CliRun.Invoke("show", "--db", Database, "--doc", "doc001").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void One_and_two_jobs_store_the_same_alignments_as_single_imports()
    {
        WriteCorpus(folder, 8);
        var single = folder.PathOf("single.db");
        for (var i = 0; i < 8; i++)
        {
            var doc = Path.Combine(Corpus, $"doc{i:D3}");
            Assert.Equal(0, CliRun.Invoke("import", "--db", single, "--en", Path.Combine(doc, "en.txt"), "--ja", Path.Combine(doc, "ja.txt"), "--lexicon", "none").ExitCode);
        }

        var oneJob = folder.PathOf("one.db");
        var twoJobs = folder.PathOf("two.db");
        Assert.Equal(0, CliRun.Invoke("import", "--db", oneJob, "--batch", Corpus, "--jobs", "1", "--lexicon", "none").ExitCode);
        Assert.Equal(0, CliRun.Invoke("import", "--db", twoJobs, "--batch", Corpus, "--jobs", "2", "--lexicon", "none").ExitCode);

        var expected = CliRun.Invoke("export", "--db", single, "--format", "tsv").Output;
        Assert.Equal(expected, CliRun.Invoke("export", "--db", oneJob, "--format", "tsv").Output);
        Assert.Equal(expected, CliRun.Invoke("export", "--db", twoJobs, "--format", "tsv").Output);
    }

    [Fact]
    public void Queue_needs_postgresql_and_batch_excludes_single_file_options()
    {
        WriteCorpus(folder, 1);

        var queued = CliRun.Invoke("import", "--db", Database, "--batch", Corpus, "--queue");
        var mixed = CliRun.Invoke("import", "--db", Database, "--batch", Corpus, "--ja", "x.txt");

        Assert.Equal((2, 2), (queued.ExitCode, mixed.ExitCode));
        Assert.Contains("--queue needs a PostgreSQL --db", queued.Error, StringComparison.Ordinal);
        Assert.Contains("leave out --en, --ja and --name", mixed.Error, StringComparison.Ordinal);
    }
}
