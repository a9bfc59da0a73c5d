using Workbench.Core.Import;

namespace Workbench.Core.Tests.Import;

public sealed class DocumentNamesTests
{
    [Theory]
    [InlineData("Why Putin Won’t Stop: A Q&A", "why-putin-wont-stop-a-q-a")]
    [InlineData("  The F-35's Real Cost  ", "the-f-35s-real-cost")]
    [InlineData("取引的抑止をどう訳すか？", "取引的抑止をどう訳すか")]
    [InlineData("ＮＡＴＯ首脳会議２０２５", "nato首脳会議2025")]
    [InlineData("Café Diplomacy", "café-diplomacy")]
    public void Titles_become_slugs(string title, string slug) => Assert.Equal(slug, DocumentNames.FromTitle(title));

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("!!! ???")]
    public void Titles_without_letters_give_no_name(string? title) => Assert.Null(DocumentNames.FromTitle(title));

    [Fact]
    public void Long_titles_are_cut_at_a_word_boundary()
    {
        var slug = DocumentNames.FromTitle(string.Join(' ', Enumerable.Repeat("deterrence", 20)))!;

        Assert.True(slug.Length <= DocumentNames.MaxSlugLength);
        Assert.EndsWith("deterrence", slug, StringComparison.Ordinal);
    }
}
