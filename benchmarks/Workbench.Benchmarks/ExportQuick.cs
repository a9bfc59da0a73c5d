using System.Diagnostics;
using System.Globalization;
using Workbench.Core.Documents;
using Workbench.Core.Formats.Tmx;
using Workbench.Storage;

namespace Workbench.Benchmarks;

/// <summary>
/// <c>export-quick DB [UNITS]</c>: the Stopwatch run of the TMX export target (issue 6, kept by issue 12): every unit
/// of a SQLite memory streamed by <see cref="SqliteTranslationMemory.StreamPairs"/> through <see cref="TmxWriter"/>
/// into a counting null stream, three times, printing wall time, process CPU time (user + system) and the peak
/// working set. A missing DB is first filled with <c>UNITS</c> generated pairs (default 1,000,000;
/// <see cref="GeneratedPairs"/>, as <c>TmxExportBenchmarks</c> builds it), which takes minutes; keep it under /tmp.
/// </summary>
internal static class ExportQuick
{
    public static void Run(TextWriter output, string databasePath, int units)
    {
        if (!File.Exists(databasePath))
        {
            var build = Stopwatch.StartNew();
            using var target = SqliteTranslationMemory.Open(databasePath);
            foreach (var document in GeneratedPairs.Documents(units))
            {
                target.ImportDocument(document, replace: false);
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built {databasePath} with {units} pairs in {build.Elapsed.TotalSeconds:0.0} s"));
        }

        using var memory = SqliteTranslationMemory.OpenReadOnly(databasePath);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load {File.ReadAllText("/proc/loadavg").Trim()}; {Environment.ProcessorCount} cores"));
        for (var run = 1; run <= 3; run++)
        {
            GC.Collect();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            using var sink = new CountingStream();
            new TmxWriter(TmxExportOptions.Default).Write(memory.StreamPairs(new PairQuery([], [], IncludeNullBeads: false)), sink);
            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: {sink.BytesWritten / (1024 * 1024)} MiB of TMX in {stopwatch.Elapsed.TotalSeconds:0.00} s wall, {used.TotalSeconds:0.00} s CPU, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB"));
        }
    }
}
