using System.Diagnostics;
using System.Globalization;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Storage;
using Workbench.Storage;
using Workbench.Storage.Postgres;

namespace Workbench.Benchmarks;

/// <summary>
/// <c>reviewers-load DB [REVIEWERS] [SECONDS]</c>: simulated reviewers, each with its own session (connection and
/// user), apply status edits to random links of a few shared documents for a bounded time, reloading a document
/// when an edit is refused as stale. Reports edits/s, p50/p95/p99 edit latency and conflicts, then checks for lost
/// updates by replaying every document's history onto its imported links and comparing with what is stored.
/// DB is a PostgreSQL URL (loopback) or a SQLite file; it must be empty.
/// </summary>
internal static class ReviewerLoad
{
    private const int Documents = 4;
    private const int LinksPerDocument = 300;

    public static void Run(TextWriter output, string database, int reviewers, TimeSpan duration)
    {
        Func<string, ITranslationMemory> open = PostgresConnectionStrings.IsPostgres(database)
            ? user => PostgresTranslationMemory.Open(database, user: user)
            : user => SqliteTranslationMemory.Open(database, user: user);
        var imported = new Dictionary<long, IReadOnlyList<AlignmentLink>>();
        using (var setup = open("setup"))
        {
            for (var d = 0; d < Documents; d++)
            {
                var document = Document($"load-{d}");
                imported[setup.ImportDocument(document, replace: false)] = document.Links;
            }
        }

        var documentIds = imported.Keys.ToArray();
        var latencies = new List<double>[reviewers];
        var conflicts = 0;
        var deadline = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, reviewers).Select(reviewer => Task.Factory.StartNew(
            () =>
            {
                using var session = open($"reviewer{reviewer}");
                var random = new Random(reviewer);
                var seen = documentIds.ToDictionary(id => id, id => session.GetLinks(id).ToList());
                var mine = latencies[reviewer] = [];
                while (deadline.Elapsed < duration)
                {
                    var id = documentIds[random.Next(documentIds.Length)];
                    var links = seen[id];
                    var index = random.Next(links.Count);
                    var target = links[index];
                    var status = target.Status == LinkStatus.Confirmed ? LinkStatus.Rejected : LinkStatus.Confirmed;
                    var watch = Stopwatch.StartNew();
                    try
                    {
                        var stored = session.ApplyEdit(id, new LinkEdit("status", [target], [target with { Status = status }]));
                        mine.Add(watch.Elapsed.TotalMilliseconds);
                        links[index] = stored[0];
                    }
                    catch (EditConflictException)
                    {
                        Interlocked.Increment(ref conflicts);
                        seen[id] = session.GetLinks(id).ToList();
                    }
                }
            },
            TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(workers);
        var elapsed = deadline.Elapsed.TotalSeconds;

        var all = latencies.SelectMany(l => l).Order().ToList();
        var lost = 0;
        var historyEntries = 0;
        using (var check = open("check"))
        {
            foreach (var (id, links) in imported)
            {
                var history = ((ITranslationMemoryArchive)check).GetHistory(id);
                historyEntries += history.Count;
                lost += Replay(links, history, check.GetLinks(id));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{reviewers} reviewers, {elapsed:F1} s, {Documents} documents x {LinksPerDocument} links: {all.Count} edits ({all.Count / elapsed:F0} edits/s), " +
            $"latency p50 {Percentile(all, 0.50):F1} ms, p95 {Percentile(all, 0.95):F1} ms, p99 {Percentile(all, 0.99):F1} ms, " +
            $"{conflicts} refused as stale; history {historyEntries} entries, lost updates {lost}"));
    }

    /// <summary>Replays the history in order; returns the number of mismatches (entries whose links were not there, and stored links that differ).</summary>
    private static int Replay(IReadOnlyList<AlignmentLink> imported, IReadOnlyList<HistoryEntry> history, IReadOnlyList<AlignmentLink> stored)
    {
        var links = imported.ToList();
        var lost = 0;
        foreach (var entry in history)
        {
            foreach (var before in entry.Before)
            {
                lost += links.Remove(before) ? 0 : 1;
            }

            links.AddRange(entry.After);
        }

        var replayed = links.OrderBy(l => l.Bead.EnStart).ThenBy(l => l.Bead.JaStart).ToList();
        return lost + (replayed.SequenceEqual(stored) ? 0 : 1);
    }

    private static double Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];

    private static NewDocument Document(string name)
    {
        var now = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var english = Enumerable.Range(0, LinksPerDocument).Select(i => new Segment(i, i, i + 1, $"Sentence {i} of {name} on deterrence.")).ToList();
        var japanese = Enumerable.Range(0, LinksPerDocument).Select(i => new Segment(i, i, i + 1, $"{name}の第{i}文は抑止を論じる。")).ToList();
        var links = Enumerable.Range(0, LinksPerDocument).Select(i => new AlignmentLink(new Bead(i, 1, i, 1, 0.5), LinkStatus.Auto, now)).ToList();
        return new NewDocument(name, null, null, english, japanese, links);
    }
}
