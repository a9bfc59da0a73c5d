using Workbench.Core.Segmentation;

namespace Workbench.Core.Tests.Segmentation;

public sealed class HtmlParagraphReaderTests
{
    private static readonly HtmlParagraphReader Reader = new();

    [Fact]
    public void Block_elements_are_paragraphs_and_furniture_is_dropped()
    {
        const string html = """
            <!DOCTYPE html>
            <html><head><title>Site</title><style>p { color: red; }</style></head>
            <body>
            <header><h1>Site name</h1></header>
            <nav><ul><li>Home</li><li>About</li></ul></nav>
            <article>
              <h2>Headline</h2>
              <p>First <em>paragraph</em>
                 wraps.</p>
              <script>if (a < b) { document.write("<p>not text</p>"); }</script>
              <blockquote>Quoted words.</blockquote>
              <ul><li>Item one</li><li>Item two</li></ul>
              <div>loose div text</div>
            </article>
            <footer><p>Copyright</p></footer>
            </body></html>
            """;

        var paragraphs = Reader.Read(html);

        Assert.Equal(["Headline", "First paragraph wraps.", "Quoted words.", "Item one", "Item two"], paragraphs.Select(p => p.Text));
        Assert.Equal([7, 8, 11, 12, 12], paragraphs.Select(p => p.SourceLine));
    }

    [Fact]
    public void Ruby_readings_are_not_part_of_the_text() =>
        Assert.Equal("抑止力の信頼性が問われる。", Assert.Single(Reader.Read("<p><ruby>抑止<rp>(</rp><rt>よくし</rt><rp>)</rp></ruby>力の<ruby>信頼性<rt>しんらいせい</rt></ruby>が問われる。</p>")).Text);

    [Fact]
    public void Entities_are_decoded() =>
        Assert.Equal("AT&T “said” — 5 < 6 ©", Assert.Single(Reader.Read("<p>AT&amp;T &ldquo;said&rdquo; &mdash; 5 &lt; 6&nbsp;&#169;</p>")).Text);

    [Fact]
    public void Unclosed_and_mis_nested_tags_are_tolerated()
    {
        var paragraphs = Reader.Read("<p>One<p>Two <b>bold</i> end<div>Three</div><li>Four</ul><p>Five</span>");

        Assert.Equal(["One", "Two bold end", "Four", "Five"], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Comments_quoted_angle_brackets_and_stray_less_than_signs_are_handled()
    {
        var paragraphs = Reader.Read("<!-- <p>hidden</p> --><p title=\"a > b\" data-x='<p>'>Shown if x < y or a<3.</p><br/><p>Next</p><p>nav</p>");

        Assert.Equal(["Shown if x < y or a<3.", "Next", "nav"], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_line_break_element_separates_paragraphs() =>
        Assert.Equal(["Line one.", "Line two."], Reader.Read("<p>Line one.<br>Line two.</p>").Select(p => p.Text));
}
