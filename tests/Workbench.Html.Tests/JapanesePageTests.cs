using System.Text;
using Workbench.Core.Documents;
using Workbench.Core.Segmentation;
using Workbench.Core.Tests.Support;

namespace Workbench.Html.Tests;

/// <summary>The translator's own blog post, in the encodings Japanese pages still come in.</summary>
public sealed class JapanesePageTests : IDisposable
{
    private static readonly DocumentSegmenter Segmenter =
        DocumentSegmenter.Default.WithSources(new HtmlSourceReader(HtmlReadingOptions.Default));

    private readonly TemporaryDirectory folder = new();

    static JapanesePageTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_blog_post_is_read_as_its_title_and_entry_without_sidebar_comments_or_captions()
    {
        var page = folder.Write("post.html", TestPages.JapaneseBlogPost("utf-8"));

        var document = Segmenter.ReadFile(page, Language.Japanese);
        var text = string.Join('\n', document.Segments.Select(s => s.Text));

        Assert.Equal(TestPages.BlogTitle, document.Segments[0].Text);
        Assert.Equal(TestPages.BlogOpening, document.Segments[1].Text);
        Assert.Contains("地名ではキエフではなくキーウを使います。", text, StringComparison.Ordinal);
        foreach (var furniture in new[] { TestPages.BlogSidebar, "カテゴリー", "いつも参考にしています", "筆者撮影", "Facebook で共有", "プロフィール" })
        {
            Assert.DoesNotContain(furniture, text, StringComparison.Ordinal);
        }

        Assert.Equal(TestPages.BlogTitle, document.Metadata.Title);
        Assert.Equal(new DateTimeOffset(2025, 4, 1, 23, 0, 0, TimeSpan.Zero), document.Metadata.Published);
    }

    [Fact]
    public void Ruby_readings_are_left_out_of_an_extracted_article()
    {
        var page = folder.Write("ruby.html", "<html lang=\"ja\"><head><title>抑止</title></head><body><article><p><ruby>抑止<rp>(</rp><rt>よくし</rt><rp>)</rp></ruby>力の<ruby>信頼性<rt>しんらいせい</rt></ruby>が問われている。同盟国は疑っている。</p></article></body></html>");

        var text = string.Join('\n', Segmenter.ReadFile(page, Language.Japanese).Segments.Select(s => s.Text));

        Assert.Contains("抑止力の信頼性が問われている。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("よくし", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shift_jis", "shift_jis")]
    [InlineData("Shift_JIS", "shift_jis")]
    [InlineData("euc-jp", "euc-jp")]
    [InlineData("EUC-JP", "euc-jp")]
    public void A_declared_legacy_encoding_is_honoured(string declared, string encoding)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes(TestPages.JapaneseBlogPost(declared));
        var page = folder.Write("post.html", bytes);

        var document = Segmenter.ReadFile(page, Language.Japanese);

        Assert.Equal(TestPages.BlogTitle, document.Segments[0].Text);
        Assert.Equal(TestPages.BlogOpening, document.Segments[1].Text);
    }

    [Theory]
    [InlineData("shift_jis")]
    [InlineData("euc-jp")]
    public void An_undeclared_legacy_encoding_is_sniffed(string encoding)
    {
        var page = folder.Write("post.html", Encoding.GetEncoding(encoding).GetBytes(TestPages.JapaneseBlogPost(charset: null)));

        Assert.Equal(TestPages.BlogOpening, Segmenter.ReadFile(page, Language.Japanese).Segments[1].Text);
    }

    [Fact]
    public void A_byte_order_mark_outranks_the_declared_charset()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(TestPages.JapaneseBlogPost("shift_jis"))).ToArray();
        var page = folder.Write("post.html", bytes);

        Assert.Equal(TestPages.BlogOpening, Segmenter.ReadFile(page, Language.Japanese).Segments[1].Text);
    }

    [Fact]
    public void A_western_page_in_windows_1252_keeps_its_curly_quotes()
    {
        var html = TestPages.NewsArticle().Replace("charset=\"utf-8\"", "charset=\"iso-8859-1\"", StringComparison.Ordinal);
        var page = folder.Write("page.html", Encoding.GetEncoding(1252).GetBytes(html));

        var text = string.Join('\n', Segmenter.SegmentFile(page, Language.English).Select(s => s.Text));

        Assert.Contains("“self-reliance”", text, StringComparison.Ordinal);
    }
}
