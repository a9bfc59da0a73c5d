using System.Diagnostics;
using System.Globalization;
using Workbench.Core.Documents;
using Workbench.Core.Search;
using Workbench.Core.Storage;
using Workbench.Storage;
using Workbench.Storage.Postgres;

namespace Workbench.Benchmarks;

/// <summary>
/// Stopwatch runs of the search benchmark (latency distributions need one timing per query, not BenchmarkDotNet
/// means). <c>search-build DB [PAIRS]</c> writes the generated memory through the normal import path (one
/// transaction per document, its search index written in bulk as every import writes it); <c>search-quick DB
/// [PAIRS]</c> times concordance, fuzzy lookup and analysis against it on one thread.
/// </summary>
internal static class SearchQuick
{
    private const int QueriesPerSet = 200;

    public static void Build(TextWriter output, string database, int pairs)
    {
        var generator = new SearchMemoryGenerator(SearchMemoryGenerator.FindShared());
        var clock = Stopwatch.StartNew();
        using (var memory = Open(database))
        {
            var written = 0;
            foreach (var document in generator.Documents(pairs))
            {
                memory.ImportDocument(document, replace: false);
                written += document.Links.Count;
                if (written % 100_000 == 0)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{written:N0} pairs, {clock.Elapsed.TotalSeconds:F0} s"));
                }
            }
        }

        var size = PostgresConnectionStrings.IsPostgres(database) ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"; database {new FileInfo(database).Length / 1_048_576.0:F0} MiB");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built {pairs:N0} pairs in {clock.Elapsed.TotalSeconds:F0} s{size}"));
    }

    public static void Run(TextWriter output, string database, int pairs)
    {
        var generator = new SearchMemoryGenerator(SearchMemoryGenerator.FindShared());
        var random = new Random(SearchMemoryGenerator.DefaultSeed);
        using var memory = Open(database);
        var concordance = new ConcordanceSearch(memory.SearchIndex);
        var fuzzy = new FuzzyMatcher(memory.SearchIndex);
        output.WriteLine("| query set | n | p50 ms | p95 ms | p99 ms | max ms | wall p50 / p95 / max ms | mean hits |");
        output.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var length in new[] { 1, 2, 4 })
        {
            var queries = Enumerable.Range(0, QueriesPerSet).Select(_ => JapaneseSubstring(generator.Japanese(random.Next(pairs)), length, random)).ToList();
            Report(output, $"concordance ja {length} char", queries, q => concordance.Search(q, SearchSide.Japanese, [], [], 20).Count);
            if (length == 1)
            {
                // The oldest document: the hardest case for a newest-first search restricted to one document.
                Report(output, "concordance ja 1 char, --doc (oldest)", queries, q => concordance.Search(q, SearchSide.Japanese, ["bench-0000"], [], 20).Count);
            }
        }

        foreach (var words in new[] { 1, 2, 3 })
        {
            var queries = Enumerable.Range(0, QueriesPerSet).Select(_ => EnglishWords(generator.English(random.Next(pairs)), words, random)).ToList();
            Report(output, $"concordance en {words} word", queries, q => concordance.Search(q, SearchSide.English, [], [], 20).Count);
        }

        foreach (var rate in new[] { 0, 10, 20, 30 })
        {
            var english = Enumerable.Range(0, QueriesPerSet).Select(_ => EditWords(generator.English(random.Next(pairs)), rate, random)).ToList();
            Report(output, $"fuzzy en {rate}% edits", english, q => fuzzy.Lookup(q, Language.English, 70, 5).Count);
            var japanese = Enumerable.Range(0, QueriesPerSet).Select(_ => EditCharacters(generator.Japanese(random.Next(pairs)), rate, random)).ToList();
            Report(output, $"fuzzy ja {rate}% edits", japanese, q => fuzzy.Lookup(q, Language.Japanese, 70, 5).Count);
        }

        foreach (var language in new[] { Language.English, Language.Japanese })
        {
            var sentences = Enumerable.Range(0, 500).Select(i => i % 2 == 0
                ? (language == Language.English ? EditWords(generator.English(random.Next(pairs)), random.Next(4) * 10, random) : EditCharacters(generator.Japanese(random.Next(pairs)), random.Next(4) * 10, random))
                : (language == Language.English ? generator.English(pairs + i) : generator.Japanese(pairs + i))).ToList();
            var cpuStart = ThreadCpu.Milliseconds();
            var clock = Stopwatch.StartNew();
            new MemoryAnalyzer(fuzzy).Analyze(sentences, language);
            var cpuSeconds = (ThreadCpu.Milliseconds() - cpuStart) / 1000;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"analysis {language}: {sentences.Count / cpuSeconds:F0} sentences per CPU second ({sentences.Count / clock.Elapsed.TotalSeconds:F0} per wall second; half edited memory sentences, half new)"));
        }
    }

    /// <summary>A SQLite file, or a PostgreSQL URL or connection string: the same benchmark on either backend.</summary>
    private static ITranslationMemory Open(string database) =>
        PostgresConnectionStrings.IsPostgres(database) ? PostgresTranslationMemory.Open(database) : SqliteTranslationMemory.Open(database);

    private static void Report(TextWriter output, string name, IReadOnlyList<string> queries, Func<string, int> run)
    {
        run(queries[0]);
        var times = new List<double>(queries.Count);
        var cpu = new List<double>(queries.Count);
        var hits = 0L;
        foreach (var query in queries)
        {
            var cpuStart = ThreadCpu.Milliseconds();
            var clock = Stopwatch.StartNew();
            hits += run(query);
            times.Add(clock.Elapsed.TotalMilliseconds);
            cpu.Add(ThreadCpu.Milliseconds() - cpuStart);
        }

        times.Sort();
        cpu.Sort();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {times.Count} | {Percentile(cpu, 50):F1} | {Percentile(cpu, 95):F1} | {Percentile(cpu, 99):F1} | {cpu[^1]:F1} | {Percentile(times, 50):F1} / {Percentile(times, 95):F1} / {times[^1]:F1} | {(double)hits / times.Count:F1} |"));
    }

    private static double Percentile(List<double> sorted, int percentile) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];

    // A substring starting at a kanji or katakana character (what translators look up), of letters only.
    private static string JapaneseSubstring(string sentence, int length, Random random)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var start = random.Next(Math.Max(1, sentence.Length - length));
            var candidate = sentence.Substring(start, Math.Min(length, sentence.Length - start));
            if (candidate.Length == length && candidate.All(char.IsLetter) && (char.IsBetween(candidate[0], '\u4E00', '\u9FFF') || char.IsBetween(candidate[0], '\u30A1', '\u30FA')))
            {
                return candidate;
            }
        }

        return sentence[..length];
    }

    private static string EnglishWords(string sentence, int count, Random random)
    {
        var words = sentence.TrimEnd('.').Split(' ').Select(w => w.Trim(',', ';', ':', '(', ')', '"')).Where(w => w.Any(char.IsLetter)).ToArray();
        var start = random.Next(Math.Max(1, words.Length - count + 1));
        return words.Length == 0 ? "the" : string.Join(' ', words.Skip(start).Take(count));
    }

    private static string EditWords(string sentence, int rate, Random random)
    {
        var words = sentence.Split(' ').ToList();
        var edits = (int)Math.Round(words.Count * rate / 100.0);
        for (var e = 0; e < edits && words.Count > 1; e++)
        {
            var at = random.Next(words.Count);
            switch (random.Next(3))
            {
                case 0: words[at] = "foreign"; break;
                case 1: words.RemoveAt(at); break;
                default: words.Insert(at, "reportedly"); break;
            }
        }

        return string.Join(' ', words);
    }

    private static string EditCharacters(string sentence, int rate, Random random)
    {
        var text = new System.Text.StringBuilder(sentence);
        var edits = (int)Math.Round(sentence.Length * rate / 100.0);
        for (var e = 0; e < edits && text.Length > 1; e++)
        {
            var at = random.Next(text.Length);
            switch (random.Next(3))
            {
                case 0: text[at] = '新'; break;
                case 1: text.Remove(at, 1); break;
                default: text.Insert(at, 'の'); break;
            }
        }

        return text.ToString();
    }
}
