using System.Diagnostics;
using System.Globalization;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Import;
using Workbench.Core.Lexicon;
using Workbench.Core.Search;
using Workbench.Core.Segmentation;

namespace Workbench.Benchmarks;

/// <summary>
/// <c>search-keys-quick EN JA [RUNS]</c>: the segment search keys of an import (<see cref="LinkSearchKeys.OfSegments"/>,
/// what the import computes on a thread per side beside the aligner), timed per side on the calling thread: its CPU
/// time (a loaded machine cannot distort it much) and the bytes it allocates. Prints the least of <c>RUNS</c>
/// (default 5) after one warm-up. Then the keys of every link (<see cref="LinkSearchKeys.OfLinks"/>, after the alignment
/// on the import's critical path: only sides of several segments are computed, in parallel): least wall and process CPU.
/// The whole process is timed by <c>/usr/bin/time workbench import</c>.
/// </summary>
internal static class SearchKeysQuick
{
    public static void Run(TextWriter output, string englishPath, string japanesePath, int runs)
    {
        var read = DocumentImporter.Read(DocumentSegmenter.Default, new ImportRequest("bench", englishPath, japanesePath));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{read.English.Segments.Count} + {read.Japanese.Segments.Count} segments; load {File.ReadAllText("/proc/loadavg").Trim()}"));
        output.WriteLine("| side | least thread CPU (ms) | allocated (MB) |");
        output.WriteLine("|---|---:|---:|");
        foreach (var (language, segments) in new[] { (Language.English, read.English.Segments), (Language.Japanese, read.Japanese.Segments) })
        {
            var leastCpu = double.MaxValue;
            var allocated = 0L;
            for (var run = 0; run <= runs; run++)
            {
                GC.Collect();
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var cpu = ThreadCpu.Milliseconds();
                var keys = LinkSearchKeys.OfSegments(segments, language);
                var used = ThreadCpu.Milliseconds() - cpu;
                GC.KeepAlive(keys);
                if (run > 0)
                {
                    leastCpu = Math.Min(leastCpu, used);
                    allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {language} | {leastCpu:0} | {allocated / 1e6:0.0} |"));
        }

        var aligner = new SentenceAligner(AlignerOptions.Default, JmdictLexiconLoader.Bundled, []);
        var document = new DocumentImporter(DocumentSegmenter.Default, aligner, TimeProvider.System).Align(read);
        var englishKeys = LinkSearchKeys.OfSegments(read.English.Segments, Language.English);
        var japaneseKeys = LinkSearchKeys.OfSegments(read.Japanese.Segments, Language.Japanese);
        var joined = document.Links.Count(link => link.Bead.EnCount > 1 || link.Bead.JaCount > 1);
        var leastWall = double.MaxValue;
        var leastProcessCpu = double.MaxValue;
        for (var run = 0; run <= runs; run++)
        {
            GC.Collect();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            GC.KeepAlive(LinkSearchKeys.OfLinks(read.English.Segments, read.Japanese.Segments, document.Links, englishKeys, japaneseKeys));
            if (run > 0)
            {
                leastWall = Math.Min(leastWall, stopwatch.Elapsed.TotalMilliseconds);
                leastProcessCpu = Math.Min(leastProcessCpu, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"links: {document.Links.Count}, {joined} with a side of several segments; OfLinks least wall {leastWall:0} ms, least process CPU {leastProcessCpu:0} ms"));
    }
}
