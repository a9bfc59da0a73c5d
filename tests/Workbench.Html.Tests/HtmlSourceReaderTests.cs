using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Core.Segmentation;
using Workbench.Core.Tests.Support;

namespace Workbench.Html.Tests;

public sealed class HtmlSourceReaderTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Article_keeps_headline_and_deck_as_their_own_paragraphs_before_the_body()
    {
        var document = Read(folder.Write("page.html", TestPages.NewsArticle()));

        Assert.Equal(TestPages.Headline, document.Paragraphs[0].Text);
        Assert.Equal(TestPages.Deck, document.Paragraphs[1].Text);
        Assert.StartsWith(TestPages.BodyOpening, document.Paragraphs.Single(p => p.Text.StartsWith(TestPages.BodyOpening, StringComparison.Ordinal)).Text, StringComparison.Ordinal);
        Assert.Contains(document.Paragraphs, p => p.Text == "The price of a promise");
        Assert.Equal("HTML article", document.Description);
    }

    [Fact]
    public void Article_leaves_out_navigation_related_links_newsletter_comments_and_footer()
    {
        var text = string.Join('\n', Read(folder.Write("page.html", TestPages.NewsArticle())).Paragraphs.Select(p => p.Text));

        foreach (var furniture in new[] { "Subscribe to our newsletter", "Related stories", "Five charts", "Sign up now", TestPages.Comment, "All rights reserved" })
        {
            Assert.DoesNotContain(furniture, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Captions_and_credits_are_dropped_unless_asked_for()
    {
        var page = folder.Write("page.html", TestPages.NewsArticle());

        var dropped = string.Join('\n', Read(page).Paragraphs.Select(p => p.Text));
        var kept = string.Join('\n', Read(page, HtmlReadingOptions.Default with { KeepCaptions = true }).Paragraphs.Select(p => p.Text));

        Assert.DoesNotContain(TestPages.Caption, dropped, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPages.Credit, dropped, StringComparison.Ordinal);
        Assert.Contains(TestPages.Caption, kept, StringComparison.Ordinal);
        Assert.Contains(TestPages.Credit, kept, StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_comes_from_the_page()
    {
        var metadata = Read(folder.Write("page.html", TestPages.NewsArticle())).Metadata;

        Assert.Equal(TestPages.Headline, metadata.Title);
        Assert.Equal("Jane Doe", metadata.Byline);
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero), metadata.Published);
        Assert.Equal("https://review.example.com/2025/03/transactional-deterrence/", metadata.Url);
    }

    [Fact]
    public void A_megabyte_of_inline_script_on_one_line_is_not_taken_for_prose()
    {
        var blob = string.Join(',', Enumerable.Repeat("""{"id":12345,"teaser":"Lorem ipsum dolor sit amet"}""", 20_000));
        var page = folder.Write("page.html", TestPages.NewsArticle(blob));

        var document = Read(page);

        Assert.Equal(TestPages.Headline, document.Paragraphs[0].Text);
        Assert.DoesNotContain(document.Paragraphs, p => p.Text.Contains("Lorem ipsum", StringComparison.Ordinal));
    }

    [Fact]
    public void The_line_length_guard_applies_to_extracted_paragraphs()
    {
        var page = folder.Write("page.html", TestPages.NewsArticle());
        var options = HtmlReadingOptions.Default with
        {
            Segmentation = SegmentationOptions.Default with { Input = SegmentationOptions.Default.Input with { MaxLineCharacters = 150 } },
        };

        var error = Assert.Throws<WorkbenchInputException>(() => new HtmlSourceReader(options).Read(page));

        Assert.StartsWith(page + ": line ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("is this really prose?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_an_article_is_refused_in_one_line_that_suggests_whole_page()
    {
        var page = folder.Write("menu.html", "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/b'>Blog</a></li></ul></nav></body></html>");

        var error = Assert.Throws<WorkbenchInputException>(() => Read(page));

        Assert.Equal($"{page}: no article found in the page; to read every paragraph of it, add --whole-page", error.Message);
    }

    [Fact]
    public void Whole_page_reads_every_paragraph_with_the_hand_written_reader()
    {
        var page = folder.Write("page.html", TestPages.NewsArticle());

        var whole = Read(page, HtmlReadingOptions.Default with { WholePage = true });

        var expected = new HtmlParagraphReader().Read(File.ReadAllText(page)).Select(p => p.Text);
        Assert.Equal(expected, whole.Paragraphs.Select(p => p.Text));
        Assert.Contains(whole.Paragraphs, p => p.Text == TestPages.Comment);
        Assert.Equal("https://review.example.com/2025/03/transactional-deterrence/", whole.Metadata.Url);
    }

    [Fact]
    public void Paragraphs_report_the_line_of_the_page_they_come_from()
    {
        var page = folder.Write("page.html", TestPages.NewsArticle());
        var lines = File.ReadAllLines(page);

        var opening = Read(page).Paragraphs.Single(p => p.Text.StartsWith(TestPages.BodyOpening, StringComparison.Ordinal));

        Assert.Contains(TestPages.BodyOpening, lines[opening.SourceLine - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Files_that_are_not_html_are_read_by_their_markup()
    {
        var notes = folder.Write("notes.md", "# Title\n\nOne paragraph.\n");

        var document = Read(notes);

        Assert.Equal(["Title", "One paragraph."], document.Paragraphs.Select(p => p.Text));
        Assert.True(document.Metadata.IsEmpty);
    }

    [Fact]
    public void Segmenting_an_article_splits_the_body_into_sentences_and_keeps_the_headline_whole()
    {
        var page = folder.Write("page.html", TestPages.NewsArticle());
        var segmenter = DocumentSegmenter.Default.WithSources(new HtmlSourceReader(HtmlReadingOptions.Default));

        var segments = segmenter.ReadFile(page, Language.English);

        Assert.Equal(TestPages.Headline, segments.Segments[0].Text);
        Assert.Equal(TestPages.Deck, segments.Segments[1].Text);
        Assert.Contains(segments.Segments, s => s.Text == TestPages.BodyOpening);
        Assert.Equal(TestPages.Headline, segments.Metadata.Title);
    }

    private static SourceDocument Read(string path, HtmlReadingOptions? options = null) =>
        new HtmlSourceReader(options ?? HtmlReadingOptions.Default).Read(path);
}
