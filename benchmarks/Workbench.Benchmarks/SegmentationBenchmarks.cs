using BenchmarkDotNet.Attributes;
using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Core.Segmentation;
using Workbench.Core.Text;

namespace Workbench.Benchmarks;

/// <summary>
/// Segmentation throughput on the shared corpus (all seven Japanese articles, the two English excerpts), plus how fast
/// a 10 MB single-line file is rejected.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SegmentationBenchmarks
{
    private readonly List<(string Path, Language Language)> articles = [];
    private string longLinePath = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Workbench.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Workbench.sln not found");
        }

        foreach (var file in Directory.GetFiles(Path.Combine(root, "..", "shared", "corpus", "articles"), "*.txt", SearchOption.AllDirectories))
        {
            articles.Add((file, Path.GetFileName(file) == "en.txt" ? Language.English : Language.Japanese));
        }

        longLinePath = Path.Combine(Path.GetTempPath(), "workbench-benchmark-long-line.txt");
        File.WriteAllText(longLinePath, new string('x', 10 * 1024 * 1024));
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(longLinePath);

    [Benchmark]
    public int SegmentCorpus() => articles.Sum(article => DocumentSegmenter.Default.SegmentFile(article.Path, article.Language).Count);

    [Benchmark]
    public string RejectTenMegabyteLine()
    {
        try
        {
            SourceTextReader.Default.Read(longLinePath);
            throw new InvalidOperationException("the long line was accepted");
        }
        catch (WorkbenchInputException error)
        {
            return error.Message;
        }
    }
}
