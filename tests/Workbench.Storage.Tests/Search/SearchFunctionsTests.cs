namespace Workbench.Storage.Tests.Search;

/// <summary>The SQL functions' keys, where the index layout (not Core) decides them.</summary>
public sealed class SearchFunctionsTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("抑", "抑")]
    [InlineData("抑止力", "抑 止 力")]
    [InlineData("𠮷野家で nato", "𠮷 野 家 で   n a t o")]
    public void Spaced_puts_one_space_between_characters_counting_a_surrogate_pair_as_one(string key, string expected)
    {
        Assert.Equal(expected, SearchFunctions.Spaced(key));
        Assert.Equal(string.Join(' ', key.EnumerateRunes().Select(rune => rune.ToString())), SearchFunctions.Spaced(key));
    }

    [Fact]
    public void Spaced_writes_a_lone_surrogate_as_the_replacement_character()
    {
        var key = new string(['a', '\ud800', 'b']);

        Assert.Equal("a \ufffd b", SearchFunctions.Spaced(key));
    }
}
