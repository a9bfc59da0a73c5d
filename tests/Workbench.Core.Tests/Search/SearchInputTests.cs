using Workbench.Core.Documents;
using Workbench.Core.Search;

namespace Workbench.Core.Tests.Search;

public sealed class SearchInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  \t")]
    [InlineData("\u200B")]
    [InlineData(" \u00AD\uFEFF ")]
    public void A_query_of_whitespace_or_invisible_format_characters_is_empty(string query)
    {
        var error = Assert.Throws<WorkbenchInputException>(() => SearchInput.Validate(query, "the query"));
        Assert.Equal("the query is empty", error.Message);
    }

    [Theory]
    [InlineData("核\u200B")]
    [InlineData("nu\u00ADclear")]
    public void A_query_with_something_visible_is_accepted(string query) => SearchInput.Validate(query, "the query");
}
