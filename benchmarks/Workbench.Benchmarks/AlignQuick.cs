using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Workbench.Core.Alignment;

namespace Workbench.Benchmarks;

/// <summary>
/// <c>align-quick</c>: a Stopwatch run of the aligner at several sizes, with and without JMdict, printing a Markdown
/// table of sentences per second and peak working set (best of three runs per size, after one warm-up run), and the
/// process CPU time (user + system, all threads) of the run with the least, with that run's allocation, collections
/// and collection pauses: on a loaded machine wall time mostly measures the other users. Each size also prints the SHA-256 of its beads (spans and confidences), so a speed change
/// can show that it leaves the output identical.
/// </summary>
internal static class AlignQuick
{
    private static readonly int[] DefaultSizes = [10_000, 20_000, 40_000];

    public static void Run(TextWriter output, IReadOnlyList<int>? sizes = null)
    {
        sizes ??= DefaultSizes;
        var hashes = new List<string>();
        output.WriteLine("| lexicon | EN sentences | JA sentences | time (ms) | CPU (ms) | EN sentences/s | peak working set (MB) | allocated (MB) | GCs gen0/1/2 | GC pause (ms) |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var withLexicon in new[] { false, true })
        {
            var aligner = withLexicon ? new SentenceAligner(AlignerOptions.Default, AlignerWorkload.LoadLexicon()) : new SentenceAligner();
            var times = new Dictionary<int, double>();
            foreach (var size in sizes)
            {
                var (english, japanese) = AlignerWorkload.Build(size);
                // One untimed run of the same document: the banded passes are only jitted to their final tier after it.
                hashes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"<!-- beads {(withLexicon ? "JMdict" : "none")} {size}: sha256 {BeadHash(aligner.Align(english, japanese))} -->"));
                var best = double.MaxValue;
                var leastCpu = double.MaxValue;
                var gc = "";
                for (var run = 0; run < 3; run++)
                {
                    GC.Collect();
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var (allocated, gen0, gen1, gen2, pause) = (GC.GetTotalAllocatedBytes(true), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
                    var stopwatch = Stopwatch.StartNew();
                    aligner.Align(english, japanese);
                    best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds);
                    var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
                    if (used < leastCpu)
                    {
                        // Allocation and collections are (nearly) the same every run; reported for the least-CPU one.
                        leastCpu = used;
                        gc = string.Create(CultureInfo.InvariantCulture,
                            $"{(GC.GetTotalAllocatedBytes(true) - allocated) / (1024.0 * 1024.0):0} | {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} | {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0}");
                    }
                }

                times[size] = best;
                var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {(withLexicon ? "JMdict common" : "none")} | {size} | {japanese.Count} | {best:0} | {leastCpu:0} | {size / (best / 1000):0} | {peak:0} | {gc} |"));
            }

            if (times.TryGetValue(40_000, out var t40) && times.TryGetValue(10_000, out var t10))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"<!-- t(40k)/t(10k) {(withLexicon ? "with" : "without")} lexicon: {t40 / t10:0.00} -->"));
            }
        }

        foreach (var hash in hashes)
        {
            output.WriteLine(hash);
        }
    }

    /// <summary>The SHA-256 of the beads' spans and confidences (round-trip doubles), in document order.</summary>
    private static string BeadHash(IReadOnlyList<Bead> beads)
    {
        var text = new StringBuilder();
        foreach (var bead in beads)
        {
            text.Append(CultureInfo.InvariantCulture, $"{bead.EnStart} {bead.EnCount} {bead.JaStart} {bead.JaCount} {bead.Confidence:R}\n");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
