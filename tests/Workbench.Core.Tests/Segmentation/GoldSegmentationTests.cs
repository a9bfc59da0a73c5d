using Workbench.Core.Documents;
using Workbench.Core.Segmentation;
using Workbench.Core.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Core.Tests.Segmentation;

/// <summary>Sentence-boundary quality against the hand-made gold segmentation in ../shared/corpus/gold.</summary>
public sealed class GoldSegmentationTests(ITestOutputHelper output)
{
    private const double RequiredF1 = 0.98;

    public static TheoryData<string, string> GoldFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var slug in Directory.GetDirectories(RepositoryPaths.InShared("corpus", "gold")).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(slug!, "en");
            data.Add(slug!, "ja");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Boundary_f1_against_gold_is_at_least_098(string slug, string languageCode)
    {
        Assert.True(LanguageCodes.TryParse(languageCode, out var language));
        var gold = File.ReadAllLines(RepositoryPaths.InShared("corpus", "gold", slug, $"{languageCode}.sent"))
            .Where(line => line.Trim().Length > 0)
            .ToList();
        var article = RepositoryPaths.InShared("corpus", "articles", slug, $"{languageCode}.txt");

        var found = DocumentSegmenter.Default.SegmentFile(article, language).Select(segment => segment.Text).ToList();
        var score = BoundaryScore.Compare(gold, found);

        output.WriteLine($"{slug} {languageCode}: {score}");
        Assert.True(score.F1 >= RequiredF1, $"{slug} {languageCode}: {score}");
    }

    [Fact]
    public void Gold_set_has_both_languages_for_at_least_two_articles() =>
        Assert.True(GoldFiles().Count >= 4, "expected gold segmentation for at least two articles");
}
