using System.Text.Json;
using Workbench.Core.Documents;
using Workbench.Core.Segmentation;

namespace Workbench.Html.Tests;

/// <summary>
/// The issue's quality floors on six of Mozilla Readability's test pages (TestData/readability, Apache-2.0): the
/// sentences extracted from each saved page, scored against the sentences of the article Readability extracts
/// (headline included), both read and segmented alike. The whole 66-page development set is in benchmarks/README.md.
/// </summary>
public sealed class HtmlExtractionQualityTests
{
    private static readonly string Pages = Path.Combine(AppContext.BaseDirectory, "TestData", "readability");

    private static readonly IReadOnlyList<string> Names =
        [.. Directory.GetDirectories(Pages).Select(folder => Path.GetFileName(folder)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> PageNames => new(Names);

    [Theory]
    [MemberData(nameof(PageNames))]
    public void Every_page_yields_its_article_with_little_else(string name)
    {
        var score = Score(name);

        Assert.True(score.Precision >= 0.90, $"{name}: precision {score.Precision:0.000}");
        Assert.True(score.Recall >= 0.90, $"{name}: recall {score.Recall:0.000}");
    }

    [Fact]
    public void Mean_precision_and_recall_reach_the_issue_floors()
    {
        var scores = Names.Select(name => Score(name)).ToList();

        Assert.Equal(6, scores.Count);
        Assert.True(scores.Average(s => s.Precision) >= 0.95, $"mean precision {scores.Average(s => s.Precision):0.000}");
        Assert.True(scores.Average(s => s.Recall) >= 0.95, $"mean recall {scores.Average(s => s.Recall):0.000}");
    }

    [Fact]
    public void Extraction_beats_the_whole_page_reader_on_precision()
    {
        var wholePage = DocumentSegmenter.Default.WithSources(new HtmlSourceReader(HtmlReadingOptions.Default with { WholePage = true }));

        var extracted = Names.Average(name => Score(name).Precision);
        var whole = Names.Average(name => Score(name, wholePage).Precision);

        Assert.True(extracted > whole + 0.1, $"extracted {extracted:0.000}, whole page {whole:0.000}");
    }

    private static ExtractionScore Score(string name, DocumentSegmenter? segmenter = null)
    {
        var folder = Path.Combine(Pages, name);
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected-metadata.json")));
        var title = metadata.RootElement.GetProperty("title").GetString();
        var reference = ArticleReference.Read(File.ReadAllText(Path.Combine(folder, "expected.html")), title);
        var article = DocumentSegmenter.Default.SegmentParagraphs(reference, Language.English, name).Select(s => s.Text);
        var page = (segmenter ?? DocumentSegmenter.Default.WithSources(new HtmlSourceReader(HtmlReadingOptions.Default)))
            .SegmentFile(Path.Combine(folder, "source.html"), Language.English)
            .Select(s => s.Text);
        return ExtractionScore.Of(page, article);
    }
}
