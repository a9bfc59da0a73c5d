using Workbench.Core.Segmentation;

namespace Workbench.Core.Tests.Segmentation;

public sealed class MarkdownParagraphReaderTests
{
    private static readonly MarkdownParagraphReader Reader = new();

    [Fact]
    public void Blank_lines_separate_paragraphs_and_wrapped_lines_join()
    {
        var paragraphs = Reader.Read("First line\nstill first.\n\nSecond paragraph.\n");

        Assert.Equal(["First line still first.", "Second paragraph."], paragraphs.Select(p => p.Text));
        Assert.Equal([1, 4], paragraphs.Select(p => p.SourceLine));
    }

    [Fact]
    public void Headings_list_items_and_block_quotes_are_paragraphs_of_their_own()
    {
        var markdown = "# The Title #\nIntro text.\n- first item\n- second item\n  continued\n1. numbered\n> quoted\n> more\nAfter.\n\nSetext\n======\n";

        var paragraphs = Reader.Read(markdown);

        Assert.Equal(
            ["The Title", "Intro text.", "first item", "second item continued", "numbered", "quoted more", "After.", "Setext"],
            paragraphs.Select(p => p.Text));
        Assert.Equal([1, 2, 3, 4, 6, 7, 9, 11], paragraphs.Select(p => p.SourceLine));
    }

    [Fact]
    public void Inline_markup_is_removed_and_link_text_kept()
    {
        var paragraphs = Reader.Read("**Bold** and *em* and _under_ and ~~gone~~ with [a link](https://x.test/a_(b)) and `code`, ![image](i.png) \\*literal\\* AT&amp;T <span>tag</span>.");

        Assert.Equal("Bold and em and under and gone with a link and code, *literal* AT&T tag.", Assert.Single(paragraphs).Text);
    }

    [Fact]
    public void Code_fences_front_matter_rules_and_link_definitions_are_dropped()
    {
        var markdown = "---\ntitle: x\n---\nText.\n\n```csharp\nvar x = 1;\n```\n\n***\n\n[ref]: https://example.test\nEnd.\n";

        var paragraphs = Reader.Read(markdown);

        Assert.Equal(["Text.", "End."], paragraphs.Select(p => p.Text));
        Assert.Equal([4, 13], paragraphs.Select(p => p.SourceLine));
    }

    [Fact]
    public void Japanese_lines_join_without_a_space_and_remember_their_source_lines()
    {
        var paragraph = Assert.Single(Reader.Read("日本語の文が\n次の行に続く。English\nwraps."));

        Assert.Equal("日本語の文が次の行に続く。English wraps.", paragraph.Text);
        Assert.Equal(1, paragraph.LineAt(0));
        Assert.Equal(2, paragraph.LineAt(paragraph.Text.IndexOf('次', StringComparison.Ordinal)));
        Assert.Equal(3, paragraph.LineAt(paragraph.Text.IndexOf("wraps", StringComparison.Ordinal)));
    }
}
