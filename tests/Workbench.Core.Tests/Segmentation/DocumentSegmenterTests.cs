using Workbench.Core.Documents;
using Workbench.Core.Segmentation;
using Workbench.Core.Tests.Support;

namespace Workbench.Core.Tests.Segmentation;

public sealed class DocumentSegmenterTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Plain_text_segments_carry_index_paragraph_and_source_line()
    {
        var segments = DocumentSegmenter.Default.SegmentText("Title\n\n  First one. Second one.  \nThird.\n", Language.English);

        Assert.Equal(
            [new Segment(0, 0, 1, "Title"), new Segment(1, 1, 3, "First one."), new Segment(2, 1, 3, "Second one."), new Segment(3, 2, 4, "Third.")],
            segments);
    }

    /// <summary>A .txt file is read line by line (no text of the whole file): its segments, paragraphs and source lines
    /// are those of the same text segmented in memory, whatever its line ends, blank lines and byte-order mark.</summary>
    [Theory]
    [InlineData("\uFEFFTitle\r\n\r\n  First one. Second one.  \r\nThird.\r\n")]
    [InlineData("Title\n\n\n \t \nFirst one.\rSecond one.\n\nThird.")]
    [InlineData("\n\n「拡散は拡散を生む」と述べた。\n\n彼はそう言った。そして去った。\n")]
    public void Plain_text_files_segment_as_their_text_does(string text)
    {
        var language = text.Contains('。', StringComparison.Ordinal) ? Language.Japanese : Language.English;
        var path = directory.Write("article.txt", text);

        Assert.Equal(DocumentSegmenter.Default.SegmentText(text.TrimStart('\uFEFF'), language), DocumentSegmenter.Default.SegmentFile(path, language));
    }

    /// <summary>Web pages leave lines of zero-width spaces, soft hyphens, byte-order marks or direction marks; they are
    /// not sentences (they were imported, aligned and shown as blank pairs) and take no paragraph number.</summary>
    [Theory]
    [InlineData("First one.\n\u200B\u200B\nSecond one. \u00AD \nThird.\n", "en")]
    [InlineData("第一文。\n\u200E\u3000\uFEFF\n第二文。\u2060\n第三文。\n", "ja")]
    public void Lines_and_sentences_of_invisible_characters_only_are_not_segments(string text, string code)
    {
        var language = code == "en" ? Language.English : Language.Japanese;

        var segments = DocumentSegmenter.Default.SegmentText(text, language);

        Assert.Equal([(0, 1), (1, 3), (2, 4)], segments.Select(s => (s.Paragraph, s.SourceLine)));
        Assert.DoesNotContain(segments, s => s.Text.Length < 4);
    }

    /// <summary>The break rules do not see format characters: text pasted from a web page breaks where its visible
    /// text does, and the invisible characters at a sentence's edges are trimmed with the whitespace.</summary>
    [Theory]
    [InlineData("He sat.\u200B The cat ran.", "en", new[] { "He sat.", "The cat ran." })]
    [InlineData("He sat.\u200B\u200B \u00ADThe cat ran.\u2060", "en", new[] { "He sat.", "The cat ran." })]
    [InlineData("Mr.\u200B Putin sat. The cat\u00AD ran.", "en", new[] { "Mr.\u200B Putin sat.", "The cat\u00AD ran." })]
    [InlineData("第一文。\u200B第二文。\u200E", "ja", new[] { "第一文。", "第二文。" })]
    [InlineData("「拡散だ。」\u200Bと述べた。", "ja", new[] { "「拡散だ。」\u200Bと述べた。" })]
    public void Format_characters_are_transparent_to_the_break_rules(string text, string code, string[] sentences)
    {
        var language = code == "en" ? Language.English : Language.Japanese;

        Assert.Equal(sentences, DocumentSegmenter.Default.SegmentText(text, language).Select(s => s.Text));
    }

    /// <summary>English pasted from a Japanese document comes in full-width forms; the English rules read them as
    /// ASCII, abbreviations included, and the segments keep the text as written.</summary>
    [Theory]
    [InlineData("Ｔｈｅ ｃａｔ ｓａｔ． Ｔｈｅ ｄｏｇ ｒａｎ！", new[] { "Ｔｈｅ ｃａｔ ｓａｔ．", "Ｔｈｅ ｄｏｇ ｒａｎ！" })]
    [InlineData("Ｍｒ． Ｐｕｔｉｎ ｓａｔ．\u3000Ｉｔ ｅｎｄｅｄ．", new[] { "Ｍｒ． Ｐｕｔｉｎ ｓａｔ．", "Ｉｔ ｅｎｄｅｄ．" })]
    [InlineData("ＮＡＴＯ met. Ｔｈｅ ｅｎｄ．", new[] { "ＮＡＴＯ met.", "Ｔｈｅ ｅｎｄ．" })]
    public void Full_width_English_is_split_as_English(string text, string[] sentences) =>
        Assert.Equal(sentences, DocumentSegmenter.Default.SegmentText(text, Language.English).Select(s => s.Text));

    [Fact]
    public void Japanese_rules_still_read_full_width_marks_as_written() =>
        Assert.Equal(
            ["円周率は３．１４だ。", "１．はじめに"],
            DocumentSegmenter.Default.SegmentText("円周率は３．１４だ。\n１．はじめに", Language.Japanese).Select(s => s.Text));

    [Fact]
    public void Japanese_segments_are_trimmed_of_the_paragraph_initial_space()
    {
        var segments = DocumentSegmenter.Default.SegmentText(" ウクライナ侵攻は野望を明らかにした。 プーチンは考えている。", Language.Japanese);

        Assert.Equal(["ウクライナ侵攻は野望を明らかにした。", "プーチンは考えている。"], segments.Select(s => s.Text));
    }

    [Fact]
    public void Markdown_sentences_report_the_line_they_start_on()
    {
        var path = directory.Write("article.md", "# Heading\n\nA sentence that\nwraps. Another one\nstarts on line four.\n");

        var segments = DocumentSegmenter.Default.SegmentFile(path, Language.English);

        Assert.Equal(["Heading", "A sentence that wraps.", "Another one starts on line four."], segments.Select(s => s.Text));
        Assert.Equal([1, 3, 4], segments.Select(s => s.SourceLine));
        Assert.Equal([0, 1, 1], segments.Select(s => s.Paragraph));
    }

    [Fact]
    public void Html_files_are_read_by_extension()
    {
        var path = directory.Write("article.HTM", "<nav><p>Menu.</p></nav><p>本文です。二文目。</p>");

        var segments = DocumentSegmenter.Default.SegmentFile(path, Language.Japanese);

        Assert.Equal(["本文です。", "二文目。"], segments.Select(s => s.Text));
    }

    [Fact]
    public void A_file_without_prose_paragraphs_is_an_input_error()
    {
        var path = directory.Write("empty.html", "<html><script>var x;</script></html>");

        var error = Assert.Throws<WorkbenchInputException>(() => DocumentSegmenter.Default.SegmentFile(path, Language.English));

        Assert.Equal($"{path}: no paragraphs of text found (read as Html)", error.Message);
    }

    [Fact]
    public void Text_given_in_memory_is_normalised_like_a_file() =>
        Assert.Equal(["が付く。", "次。"], DocumentSegmenter.Default.SegmentText("か\u3099付く。\r\n次。", Language.Japanese).Select(s => s.Text));
}
