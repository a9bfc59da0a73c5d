using System.Diagnostics;
using System.Globalization;
using Workbench.Core.Documents;
using Workbench.Core.Segmentation;
using Workbench.Html;

namespace Workbench.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- html-quick PAGE [RUNS]</c>: reads and segments one saved page as <c>workbench
/// segment</c> does (decode, parse, extract, segment), once to warm up, then RUNS times; prints the median and the
/// slowest run, and the median CPU time the process spent (on a shared machine, wall time includes waiting for a
/// core). The budget is 200 ms for a 1 MB page.
/// </summary>
internal static class HtmlQuick
{
    public static void Run(TextWriter output, string page, int runs)
    {
        var segmenter = DocumentSegmenter.Default.WithSources(new HtmlSourceReader(HtmlReadingOptions.Default));
        var sentences = segmenter.SegmentFile(page, Language.English).Count;
        var times = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var run = 0; run < runs; run++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            segmenter.SegmentFile(page, Language.English);
            times.Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        times.Sort();
        cpu.Sort();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Path.GetFileName(Path.GetDirectoryName(page))}/{Path.GetFileName(page)}: {new FileInfo(page).Length / 1024} KiB, {sentences} sentences, median {times[times.Count / 2]:0} ms, slowest {times[^1]:0} ms over {runs} runs; CPU time median {cpu[cpu.Count / 2]:0} ms (wall time on a loaded machine waits for a core)"));
    }
}
