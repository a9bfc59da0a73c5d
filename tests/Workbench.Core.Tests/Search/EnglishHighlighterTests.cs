using Workbench.Core.Search;

namespace Workbench.Core.Tests.Search;

public sealed class EnglishHighlighterTests
{
    [Fact]
    public void A_word_with_a_soft_hyphen_inside_is_found_and_highlighted_whole()
    {
        const string text = "The nu\u00ADclear um\u00ADbrella holds.";

        var spans = EnglishHighlighter.Find(text, SearchKeys.English("nuclear umbrella"));

        var span = Assert.Single(spans);
        Assert.Equal("nu\u00ADclear um\u00ADbrella", text.Substring(span.Start, span.Length));
    }

    [Fact]
    public void A_query_with_a_zero_width_space_finds_the_plain_word()
    {
        const string text = "Allies doubt the nuclear umbrella.";

        var span = Assert.Single(EnglishHighlighter.Find(text, SearchKeys.English("nu\u200Bclear")));

        Assert.Equal("nuclear", text.Substring(span.Start, span.Length));
    }
}
