using System.Diagnostics;
using System.Globalization;
using Workbench.Core.Alignment;

namespace Workbench.Benchmarks;

/// <summary>
/// <c>align-quick</c>: a Stopwatch run of the aligner at several sizes, with and without JMdict, printing a Markdown
/// table of sentences per second and peak working set (best of three runs per size, after one warm-up run), and the
/// process CPU time (user + system, all threads) of the run with the least: on a loaded machine wall time mostly
/// measures the other users.
/// </summary>
internal static class AlignQuick
{
    private static readonly int[] Sizes = [10_000, 20_000, 40_000];

    public static void Run(TextWriter output)
    {
        output.WriteLine("| lexicon | EN sentences | JA sentences | time (ms) | CPU (ms) | EN sentences/s | peak working set (MB) |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var withLexicon in new[] { false, true })
        {
            var aligner = withLexicon ? new SentenceAligner(AlignerOptions.Default, AlignerWorkload.LoadLexicon()) : new SentenceAligner();
            var times = new Dictionary<int, double>();
            foreach (var size in Sizes)
            {
                var (english, japanese) = AlignerWorkload.Build(size);
                // One untimed run of the same document: the banded passes are only jitted to their final tier after it.
                aligner.Align(english, japanese);
                var best = double.MaxValue;
                var leastCpu = double.MaxValue;
                for (var run = 0; run < 3; run++)
                {
                    GC.Collect();
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var stopwatch = Stopwatch.StartNew();
                    aligner.Align(english, japanese);
                    best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds);
                    leastCpu = Math.Min(leastCpu, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
                }

                times[size] = best;
                var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {(withLexicon ? "JMdict common" : "none")} | {size} | {japanese.Count} | {best:0} | {leastCpu:0} | {size / (best / 1000):0} | {peak:0} |"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<!-- t(40k)/t(10k) {(withLexicon ? "with" : "without")} lexicon: {times[40_000] / times[10_000]:0.00} -->"));
        }
    }
}
