using BenchmarkDotNet.Attributes;
using Workbench.Core.Terminology;

namespace Workbench.Benchmarks;

/// <summary>All checks of <see cref="TranslationChecker"/> over 10,000 pairs against a 5,000-term glossary.</summary>
[MemoryDiagnoser]
public class TerminologyBenchmarks
{
    private const int GlossaryTerms = 5_000;
    private const int Pairs = 10_000;

    private TerminologyWorkload workload = null!;
    private TranslationChecker checker = null!;

    [GlobalSetup]
    public void Setup()
    {
        workload = TerminologyWorkload.Create(GlossaryTerms, Pairs);
        checker = new TranslationChecker(workload.Glossary, CheckOptions.Default);
    }

    [Benchmark]
    public int CheckTenThousandPairs() => checker.Check(workload.Pairs, _ => null, _ => null).Count();

    [Benchmark]
    public int BuildMatcherForFiveThousandTerms() => new GlossaryMatcher(workload.Glossary).Entries.Count;

    /// <summary>The million-pair run: Stopwatch timing, parallel over cores, one checker per thread.</summary>
    public static void RunQuick(TextWriter output, int pairCount)
    {
        var workload = TerminologyWorkload.Create(GlossaryTerms, Pairs);
        var build = System.Diagnostics.Stopwatch.StartNew();
        _ = new TranslationChecker(workload.Glossary, CheckOptions.Default);
        build.Stop();
        var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long findings = 0;
        Parallel.For(
            0,
            Environment.ProcessorCount,
            () => (Checker: new TranslationChecker(workload.Glossary, CheckOptions.Default), Buffer: new List<CheckFinding>(), Count: 0L),
            (worker, _, state) =>
            {
                for (var i = worker; i < pairCount; i += Environment.ProcessorCount)
                {
                    var pair = workload.Pairs[i % workload.Pairs.Count];
                    state.Buffer.Clear();
                    state.Checker.CheckPair(pair, new FindingLocation(pair.Document, i, null, null), state.Buffer);
                    state.Count += state.Buffer.Count;
                }

                return state;
            },
            state => Interlocked.Add(ref findings, state.Count));
        clock.Stop();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        output.WriteLine(
            $"terminology: {pairCount:N0} pairs × {GlossaryTerms:N0} terms on {Environment.ProcessorCount} cores: {clock.Elapsed.TotalSeconds:0.00} s " +
            $"({pairCount / clock.Elapsed.TotalSeconds:N0} pairs/s), CPU time {cpu.TotalSeconds:0.0} s, {findings:N0} findings; " +
            $"matcher build {build.Elapsed.TotalMilliseconds:0} ms; load average {LoadAverage()}");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
