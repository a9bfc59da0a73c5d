using Workbench.Core.Terminology;
using Xunit.Abstractions;

namespace Workbench.Core.Tests.Terminology;

/// <summary>The seven corpus articles, Japanese only: the real slips of benchmarks/terms-judging.md are reported,
/// the cross-article choices are not, and the report stays short.</summary>
public sealed class CorpusClusterTests(ITestOutputHelper output)
{
    private static IReadOnlyList<TermCluster> ReportOnArticles()
    {
        var articles = CorpusFiles.SharedArticles();
        var pairs = Directory.GetDirectories(articles)
            .Order(StringComparer.Ordinal)
            .SelectMany(dir => CorpusFiles.JapaneseOnly(Path.GetFileName(dir), File.ReadAllText(Path.Combine(dir, "ja.txt"))))
            .ToList();
        return new TermInconsistencyDetector(TermDetectionOptions.Default, JmdictTermDictionary.Full).Report(pairs);
    }

    [Fact]
    public void Seven_articles_give_few_clusters_with_the_real_slips_and_without_cross_article_choices()
    {
        var clusters = ReportOnArticles();
        foreach (var cluster in clusters)
        {
            output.WriteLine($"{cluster.Score:0.000} {cluster.Kind}: {string.Join(" / ", cluster.Variants.Select(v => $"{v.Text}×{v.Count}"))}  [{cluster.Evidence}]");
        }

        Assert.InRange(clusters.Count, 4, 15);
        var variants = clusters.Select(c => c.Variants.Select(v => v.Text).ToHashSet()).ToList();
        Assert.Contains(variants, v => v.SetEquals(["ブリューワー", "ブリュワー"]));
        Assert.Contains(variants, v => v.IsSupersetOf(["取引的抑止", "取引型抑止", "取引ベースの抑止"]));
        Assert.Contains(variants, v => v.SetEquals(["キエフ", "キーウ"]));
        Assert.Contains(variants, v => v.SetEquals(["通常兵力", "通常戦力"]));
        Assert.Contains(variants, v => v.SetEquals(["欧州", "ヨーロッパ"]));
        Assert.Contains(variants, v => v.SetEquals(["英国", "イギリス"]));
        Assert.Contains(variants, v => v.SetEquals(["米国", "アメリカ"]));
        Assert.DoesNotContain(variants, v => v.SetEquals(["特別軍事作戦", "特別作戦"]));
        Assert.DoesNotContain(variants, v => v.SetEquals(["拡大抑止", "拡大抑止力"]));
        Assert.DoesNotContain(variants, v => v.SetEquals(["核抑止", "核抑止力"]));
    }
}
