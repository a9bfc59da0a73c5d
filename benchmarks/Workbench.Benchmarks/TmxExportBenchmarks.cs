using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Workbench.Core.Documents;
using Workbench.Core.Formats.Tmx;
using Workbench.Storage;

namespace Workbench.Benchmarks;

/// <summary>
/// TMX export of a million units (issue 6: under 10 s, memory flat under 200 MB), from generated pairs (the writer
/// alone) and from a SQLite memory (storage streaming plus writer), into a counting stream. Run with
/// <c>dotnet run -c Release --project benchmarks/Workbench.Benchmarks -- --filter *TmxExport*</c>.
/// The peak working set of the benchmark process is printed after each benchmark (look for "peak working set").
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class TmxExportBenchmarks
{
    private string databasePath = string.Empty;
    private SqliteTranslationMemory? memory;

    [Params(1_000_000)]
    public int Units { get; set; }

    [GlobalSetup(Target = nameof(FromSqlite))]
    public void CreateDatabase()
    {
        databasePath = Path.Combine(Path.GetTempPath(), $"workbench-bench-{Guid.NewGuid():N}.db");
        memory = SqliteTranslationMemory.Open(databasePath);
        foreach (var document in GeneratedPairs.Documents(Units))
        {
            memory.ImportDocument(document, replace: false);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        memory?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (databasePath.Length > 0)
        {
            File.Delete(databasePath);
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"// TmxExport peak working set: {process.PeakWorkingSet64 / (1024 * 1024)} MB");
    }

    [Benchmark(Baseline = true)]
    public long FromGeneratedPairs()
    {
        using var sink = new CountingStream();
        new TmxWriter(TmxExportOptions.Default).Write(GeneratedPairs.Stream(Units), sink);
        return sink.BytesWritten;
    }

    [Benchmark]
    public long FromSqlite()
    {
        using var sink = new CountingStream();
        new TmxWriter(TmxExportOptions.Default).Write(memory!.StreamPairs(new PairQuery([], [], IncludeNullBeads: false)), sink);
        return sink.BytesWritten;
    }
}
