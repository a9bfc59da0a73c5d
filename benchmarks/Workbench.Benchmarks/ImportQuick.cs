using System.Diagnostics;
using System.Globalization;
using Workbench.Core.Alignment;
using Workbench.Core.Import;
using Workbench.Core.Lexicon;
using Workbench.Core.Segmentation;
using Workbench.Storage;

namespace Workbench.Benchmarks;

/// <summary>
/// <c>import-quick EN JA [RUNS]</c>: the phases of <c>workbench import</c> in one warm process, timed with a Stopwatch
/// and the process CPU time (user + system, all threads): read and segment both sides, align, store into a fresh
/// SQLite file (segments, links, the bulk search index, commit). Each run does the import three times: as the command
/// does it (<see cref="DocumentImporter.Import"/>: the segments written by the store while the aligner runs, timed as
/// one phase), with the search keys computed beside the aligner and the store written after it
/// (<see cref="DocumentImporter.AlignForStore"/>), and with the keys computed by the store after the alignment
/// (<see cref="DocumentImporter.Align"/>). Prints the best of
/// <c>RUNS</c> (default 3) per phase after one warm-up, the least process CPU and the least CPU of the calling thread
/// (the import's critical path: on an idle machine a phase's wall time is about its calling thread's CPU time). Start-up and the lexicon load are not in it:
/// <c>benchmarks/process-timing.sh</c> times the whole process.
/// </summary>
internal static class ImportQuick
{
    public static void Run(TextWriter output, string englishPath, string japanesePath, int runs)
    {
        var aligner = new SentenceAligner(AlignerOptions.Default, JmdictLexiconLoader.Bundled, []);
        var importer = new DocumentImporter(DocumentSegmenter.Default, aligner, TimeProvider.System);
        var request = new ImportRequest("bench", englishPath, japanesePath);
        var best = new Dictionary<string, (double Wall, double Cpu, double ThreadCpu)>();
        var folder = Directory.CreateTempSubdirectory("workbench-import-quick-");
        try
        {
            for (var run = 0; run <= runs; run++)
            {
                foreach (var pipelined in new[] { true, false })
                {
                    var mode = pipelined ? "keys beside aligner" : "keys in store";
                    GC.Collect();
                    var read = Time(best, run, mode, "read + segment both sides", () => DocumentImporter.Read(DocumentSegmenter.Default, request));
                    var path = Path.Combine(folder.FullName, $"tm-{run}-{pipelined}.db");
                    using var memory = SqliteTranslationMemory.Open(path);
                    if (pipelined)
                    {
                        // The command's path (DocumentImporter.Import, step by step): the store writes the document and
                        // its segments on its own thread while the aligner runs; Complete is what is left after it.
                        var commandPath = Path.Combine(folder.FullName, $"tm-{run}-command.db");
                        using var command = SqliteTranslationMemory.Open(commandPath);
                        const string Command = "command (BeginImport)";
                        using var import = Time(best, run, Command, "begin import", () => command.BeginImport(DocumentImporter.Unaligned(read), replace: false));
                        var commandAligned = Time(best, run, Command, "align (+ segment keys, + segments stored beside)", () => importer.AlignForStore(read));
                        Time(best, run, Command, "complete: links, index, commit", () => import.Complete(commandAligned.Document.Links, commandAligned.SearchKeys));
                    }

                    if (pipelined)
                    {
                        var aligned = Time(best, run, mode, "align (+ segment keys)", () => importer.AlignForStore(read));
                        Time(best, run, mode, "store (+ index, commit)", () => memory.ImportDocument(aligned.Document, replace: false, aligned.SearchKeys));
                    }
                    else
                    {
                        var document = Time(best, run, mode, "align (+ segment keys)", () => importer.Align(read));
                        Time(best, run, mode, "store (+ index, commit)", () => memory.ImportDocument(document, replace: false));
                    }

                    if (run == 0 && pipelined)
                    {
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{read.English.Segments.Count} + {read.Japanese.Segments.Count} = {read.English.Segments.Count + read.Japanese.Segments.Count} segments; load {File.ReadAllText("/proc/loadavg").Trim()}; {Environment.ProcessorCount} cores"));
                    }
                }
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }

        output.WriteLine("| mode | phase | best wall (ms) | least CPU (ms) | least CPU of the calling thread (ms) |");
        output.WriteLine("|---|---|---:|---:|---:|");
        foreach (var ((mode, phase), (wall, cpu, threadCpu)) in best.Select(entry => (Split(entry.Key), entry.Value)))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {mode} | {phase} | {wall:0} | {cpu:0} | {threadCpu:0} |"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB"));
    }

    private static (string Mode, string Phase) Split(string key) => (key[..key.IndexOf('|', StringComparison.Ordinal)], key[(key.IndexOf('|', StringComparison.Ordinal) + 1)..]);

    private static T Time<T>(Dictionary<string, (double Wall, double Cpu, double ThreadCpu)> best, int run, string mode, string phase, Func<T> action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var threadCpu = ThreadCpu.Milliseconds();
        var stopwatch = Stopwatch.StartNew();
        var result = action();
        var wall = stopwatch.Elapsed.TotalMilliseconds;
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        var threadUsed = ThreadCpu.Milliseconds() - threadCpu;
        if (run > 0)
        {
            var key = mode + "|" + phase;
            var (bestWall, leastCpu, leastThreadCpu) = best.GetValueOrDefault(key, (double.MaxValue, double.MaxValue, double.MaxValue));
            best[key] = (Math.Min(bestWall, wall), Math.Min(leastCpu, used), Math.Min(leastThreadCpu, threadUsed));
        }

        return result;
    }
}
