using BenchmarkDotNet.Running;
using Workbench.Benchmarks;

if (args is ["align-quick"])
{
    AlignQuick.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AlignerBenchmarks).Assembly).Run(args);
