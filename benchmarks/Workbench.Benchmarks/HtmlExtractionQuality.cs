using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Core.Segmentation;
using Workbench.Html;

namespace Workbench.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- html-pages DIR</c>: for every <c>DIR/NAME/source.html</c> with its
/// <c>expected.html</c> and <c>expected-metadata.json</c> (Mozilla Readability's test pages), segments the page as
/// <c>workbench segment</c> does (article extraction, and the whole-page reader for comparison) and the expected
/// article with the same segmenter, and prints precision and recall of the page's sentences as a Markdown table.
/// </summary>
internal static class HtmlExtractionQuality
{
    public static void Run(TextWriter output, string directory, string? only = null)
    {
        var article = DocumentSegmenter.Default.WithSources(new HtmlSourceReader(HtmlReadingOptions.Default));
        var wholePage = DocumentSegmenter.Default.WithSources(new HtmlSourceReader(HtmlReadingOptions.Default with { WholePage = true }));
        output.WriteLine("| page | article sentences | extracted P | extracted R | ms | whole-page P | whole-page R |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var scores = new List<ExtractionScore>();
        var refused = new List<string>();
        foreach (var folder in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            if (only is not null && only != name)
            {
                continue;
            }

            var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected-metadata.json"))).RootElement;
            var title = metadata.TryGetProperty("title", out var t) ? t.GetString() : null;
            var language = metadata.TryGetProperty("lang", out var l) && l.GetString() is { } lang
                && (lang.StartsWith("ja", StringComparison.Ordinal) || lang.StartsWith("zh", StringComparison.Ordinal))
                ? Language.Japanese : Language.English;
            var reference = ArticleReference.Read(File.ReadAllText(Path.Combine(folder, "expected.html")), title);
            var expected = DocumentSegmenter.Default.SegmentParagraphs(reference, language, name).Select(s => s.Text).ToList();
            var source = Path.Combine(folder, "source.html");
            var clock = Stopwatch.StartNew();
            var extracted = Sentences(article, source, language, out var error);
            var milliseconds = clock.Elapsed.TotalMilliseconds;
            var whole = Sentences(wholePage, source, language, out var wholeError);
            var score = extracted is null ? null : ExtractionScore.Of(extracted, expected);
            if (only == name)
            {
                output.WriteLine("-- extracted, not in the article:");
                output.WriteLine(string.Join('\n', (extracted ?? []).Except(expected)));
                output.WriteLine("-- article, not extracted:");
                output.WriteLine(string.Join('\n', expected.Except(extracted ?? [])));
            }

            if (score is null)
            {
                refused.Add($"{name}: {error}");
            }
            else
            {
                scores.Add(score);
            }

            var wholeScore = whole is null ? null : ExtractionScore.Of(whole, expected);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {name} | {expected.Count} | {Format(score?.Precision)} | {Format(score?.Recall)} | {milliseconds:0} | {Format(wholeScore?.Precision)} | {Format(wholeScore?.Recall)}{(wholeError is null ? string.Empty : " (refused)")} |"));
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| **mean of {scores.Count}** | | **{scores.Average(s => s.Precision):0.000}** | **{scores.Average(s => s.Recall):0.000}** | | | |"));
        output.WriteLine($"refused: {refused.Count}");
        foreach (var line in refused)
        {
            output.WriteLine($"  {line}");
        }
    }

    private static List<string>? Sentences(DocumentSegmenter segmenter, string path, Language language, out string? error)
    {
        try
        {
            error = null;
            return segmenter.SegmentFile(path, language).Select(s => s.Text).ToList();
        }
        catch (WorkbenchInputException problem)
        {
            error = problem.Message;
            return null;
        }
    }

    private static string Format(double? value) =>
        value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "—";
}
