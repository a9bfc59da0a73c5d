using Workbench.Core.Terminology;
using Xunit.Abstractions;

namespace Workbench.Core.Tests.Terminology;

public sealed class CorpusClusterTests(ITestOutputHelper output)
{
    private static IReadOnlyList<TermCluster> DetectOnArticles()
    {
        var articles = CorpusFiles.SharedArticles();
        var pairs = Directory.GetDirectories(articles)
            .Order(StringComparer.Ordinal)
            .SelectMany(dir => CorpusFiles.JapaneseOnly(Path.GetFileName(dir), File.ReadAllText(Path.Combine(dir, "ja.txt"))))
            .ToList();
        return new TermInconsistencyDetector(TermDetectionOptions.Default).Detect(pairs);
    }

    [Fact]
    public void Seven_articles_give_tens_of_clusters_led_by_real_slips()
    {
        var clusters = DetectOnArticles();
        foreach (var cluster in clusters)
        {
            output.WriteLine($"{cluster.Score:0.000} {cluster.Kind}: {string.Join(" / ", cluster.Variants.Select(v => $"{v.Text}×{v.Count}"))}");
        }

        Assert.InRange(clusters.Count, 3, 40);
        var top = clusters.Take(8).Select(c => c.Variants.Select(v => v.Text).ToHashSet()).ToList();
        Assert.Contains(top, v => v.SetEquals(["ブリューワー", "ブリュワー"]));
        Assert.Contains(top, v => v.IsSupersetOf(["取引的抑止", "取引型抑止", "取引ベースの抑止"]));
        Assert.Contains(top, v => v.SetEquals(["キエフ", "キーウ"]));
        Assert.Contains(clusters, c => c.Variants.Select(v => v.Text).ToHashSet().SetEquals(["拡大抑止", "拡大抑止力"]));
    }
}
