using BenchmarkDotNet.Running;
using Workbench.Benchmarks;

// `dotnet run -c Release -- terminology-quick [PAIRS]`: the Stopwatch run of the million-pair terminology check.
if (args is ["terminology-quick", ..])
{
    TerminologyBenchmarks.RunQuick(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
    return;
}

if (args is ["html-pages", var pages, ..])
{
    HtmlExtractionQuality.Run(Console.Out, pages, args.Length > 2 ? args[2] : null);
    return;
}

if (args is ["html-quick", var page, ..])
{
    HtmlQuick.Run(Console.Out, page, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20);
    return;
}

// `dotnet run -c Release -- align-quick [SIZES...]`: the Stopwatch run of the aligner (default 10,000 20,000 40,000).
if (args is ["align-quick", ..])
{
    AlignQuick.Run(Console.Out, args.Length > 1 ? [.. args.Skip(1).Select(size => int.Parse(size, System.Globalization.CultureInfo.InvariantCulture))] : null);
    return;
}

// `dotnet run -c Release -- import-quick EN JA [RUNS]`: the phases of `workbench import` in one warm process.
if (args is ["import-quick", var englishFile, var japaneseFile, ..])
{
    ImportQuick.Run(Console.Out, englishFile, japaneseFile, args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

// `dotnet run -c Release -- search-keys-quick EN JA [RUNS]`: the segment search keys of an import, CPU per side.
if (args is ["search-keys-quick", var keysEnglish, var keysJapanese, ..])
{
    SearchKeysQuick.Run(Console.Out, keysEnglish, keysJapanese, args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}

// `dotnet run -c Release -- store-digest DB`: digests of what an import stored, to diff two builds' imports.
if (args is ["store-digest", var digestDatabase])
{
    StoreDigest.Run(Console.Out, digestDatabase);
    return;
}

// `dotnet run -c Release -- export-quick DB [UNITS]`: TMX export of a whole SQLite memory into a null stream.
if (args is ["export-quick", var exportDatabase, ..])
{
    ExportQuick.Run(Console.Out, exportDatabase, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
    return;
}

// `dotnet run -c Release -- search-build DB [PAIRS]` then `search-quick DB [PAIRS]`: the search benchmark.
if (args is ["search-build", var buildPath, ..])
{
    SearchQuick.Build(Console.Out, buildPath, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
    return;
}

if (args is ["search-quick", var runPath, ..])
{
    SearchQuick.Run(Console.Out, runPath, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
    return;
}

// `dotnet run -c Release -- reviewers-load DB [REVIEWERS] [SECONDS]`: concurrent reviewers on one memory.
if (args is ["reviewers-load", var database, ..])
{
    ReviewerLoad.Run(
        Console.Out,
        database,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 8,
        TimeSpan.FromSeconds(args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 60));
    return;
}

// `dotnet run -c Release -- batch-corpus DIR [DOCUMENTS]`: a generated corpus for `workbench import --batch`.
if (args is ["batch-corpus", var corpusFolder, ..])
{
    BatchCorpus.Write(Console.Out, corpusFolder, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AlignerBenchmarks).Assembly).Run(args);
