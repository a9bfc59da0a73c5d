using Workbench.Core.Tests.Support;
using Workbench.Html.Tests;

namespace Workbench.Cli.Tests;

/// <summary>Web pages through segment, import, align, list and show.</summary>
public sealed class HtmlSourceTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    private string Database => Path.Combine(folder.Path, "tm.db");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Import_of_two_pages_is_named_from_the_title_and_list_and_show_print_the_metadata()
    {
        var en = folder.Write("page.html", TestPages.NewsArticle());
        var ja = folder.Write("post.html", TestPages.JapaneseBlogPost("utf-8"));

        var imported = CliRun.Invoke("import", "--db", Database, "--en", en, "--ja", ja);

        Assert.Equal(0, imported.ExitCode);
        Assert.Contains("imported 'allies-weigh-the-cost-of-transactional-deterrence'", imported.Output, StringComparison.Ordinal);
        var listed = CliRun.Invoke("list", "--db", Database);
        Assert.Contains(TestPages.Headline[..30], listed.Output, StringComparison.Ordinal);
        var shown = CliRun.Invoke("show", "--db", Database, "--doc", "allies-weigh-the-cost-of-transactional-deterrence");
        Assert.Equal(0, shown.ExitCode);
        Assert.Contains($"en title: {TestPages.Headline}", shown.Output, StringComparison.Ordinal);
        Assert.Contains("en byline: Jane Doe", shown.Output, StringComparison.Ordinal);
        Assert.Contains("en published: 2025-03-14", shown.Output, StringComparison.Ordinal);
        Assert.Contains("en url: https://review.example.com/2025/03/transactional-deterrence/", shown.Output, StringComparison.Ordinal);
        Assert.Contains($"ja title: {TestPages.BlogTitle}", shown.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPages.Comment, shown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_import_reads_saved_pages_as_articles_and_drops_their_furniture()
    {
        var article = Path.Combine(folder.Path, "batch", "deterrence");
        Directory.CreateDirectory(article);
        File.WriteAllText(Path.Combine(article, "en.html"), TestPages.NewsArticle());
        File.WriteAllText(Path.Combine(article, "ja.html"), TestPages.JapaneseBlogPost("utf-8"));

        var imported = CliRun.Invoke("import", "--db", Database, "--batch", Path.Combine(folder.Path, "batch"));

        Assert.Equal(0, imported.ExitCode);
        var shown = CliRun.Invoke("show", "--db", Database, "--doc", "deterrence");
        Assert.Equal(0, shown.ExitCode);
        Assert.Contains(TestPages.BodyOpening, shown.Output, StringComparison.Ordinal);
        Assert.Contains(TestPages.BlogOpening, shown.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPages.Caption, shown.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPages.Comment, shown.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPages.BlogSidebar, shown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_an_article_fails_in_one_line_and_whole_page_reads_it()
    {
        var menu = folder.Write("menu.html", "<html><body><nav><a href='/'>Home</a></nav><div><p><a href='/b'>Blog</a></p><p><a href='/c'>Contact</a></p></div></body></html>");

        var refused = CliRun.Invoke("segment", "--lang", "en", menu);
        var whole = CliRun.Invoke("segment", "--lang", "en", "--whole-page", menu);

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal($"workbench: {menu}: no article found in the page; to read every paragraph of it, add --whole-page", refused.Error.TrimEnd());
        Assert.Equal(0, whole.ExitCode);
        Assert.Equal(["Blog", "Contact"], whole.Output.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Segment_drops_captions_unless_keep_captions_is_given()
    {
        var page = folder.Write("page.html", TestPages.NewsArticle());

        var plain = CliRun.Invoke("segment", "--lang", "en", page);
        var captions = CliRun.Invoke("segment", "--lang", "en", "--keep-captions", page);

        Assert.Equal(TestPages.Headline, plain.Output.Split('\n')[0]);
        Assert.DoesNotContain(TestPages.Caption, plain.Output, StringComparison.Ordinal);
        Assert.Contains(TestPages.Caption, captions.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Align_reads_both_pages_as_articles()
    {
        var en = folder.Write("page.html", TestPages.NewsArticle());
        var ja = folder.Write("post.html", TestPages.JapaneseBlogPost("utf-8"));

        var aligned = CliRun.Invoke("align", "--en", en, "--ja", ja, "--format", "tsv", "--lexicon", "none");

        Assert.Equal(0, aligned.ExitCode);
        Assert.Contains(TestPages.Headline, aligned.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPages.BlogSidebar, aligned.Output, StringComparison.Ordinal);
    }
}
