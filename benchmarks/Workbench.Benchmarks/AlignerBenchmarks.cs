using BenchmarkDotNet.Attributes;
using Workbench.Core.Alignment;

namespace Workbench.Benchmarks;

/// <summary>Aligning long documents: time should grow linearly with the number of sentences.</summary>
[MemoryDiagnoser]
public class AlignerBenchmarks
{
    private List<string> english = [];
    private List<string> japanese = [];
    private SentenceAligner aligner = new();

    [Params(10_000, 40_000)]
    public int Sentences { get; set; }

    [Params(false, true)]
    public bool WithLexicon { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (english, japanese) = AlignerWorkload.Build(Sentences);
        aligner = WithLexicon ? new SentenceAligner(AlignerOptions.Default, AlignerWorkload.LoadLexicon()) : new SentenceAligner();
        aligner.Align(english.Take(100).ToList(), japanese.Take(100).ToList());
    }

    [Benchmark]
    public int Align() => aligner.Align(english, japanese).Count;
}
