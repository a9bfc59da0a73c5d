using Workbench.Core.Alignment.Readings;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Tests.Alignment.Readings;

public sealed class ReadingTableTests
{
    [Theory]
    [InlineData("岸田", "キシダ")]
    [InlineData("伊勢", "イセ")]
    [InlineData("金閣寺", "キンカクジ")]
    [InlineData("近衛", "コノエ")]
    [InlineData("沖田", "オキタ")]
    [InlineData("東京", "トウキョウ")]
    [InlineData("神宮", "ジングウ")]
    public void The_bundled_table_reads_names_and_places(string surface, string reading)
    {
        Assert.True(ReadingTable.Bundled.TryGet(surface, out var readings), surface);
        Assert.Contains(reading, readings.ToString().Split(','));
    }

    [Fact]
    public void The_bundled_table_is_the_ipadic_nouns() =>
        Assert.InRange(ReadingTable.Bundled.Count, 100_000, 200_000);

    [Fact]
    public void A_table_is_read_from_its_text_format()
    {
        var table = ReadingTable.Read(new StringReader("伊勢\tイセ\n岸田\tキシタ,キシダ\nbroken line\n伊勢\tイセ,イセイ\r\n沖\t\n"));

        Assert.Equal(2, table.Count);
        Assert.Equal(2, table.LongestSurface);
        Assert.True(table.TryGet("伊勢", out var repeated));
        Assert.Equal("イセ,イセイ", repeated.ToString());
        Assert.False(table.TryGet("沖", out _));
        Assert.True(table.TryGet("岸田", out var readings));
        Assert.Equal("キシタ,キシダ", readings.ToString());
        Assert.False(table.TryGet("broken line", out _));
    }

    [Fact]
    public void Kanji_names_in_a_sentence_give_the_keys_of_their_romaji()
    {
        var keys = MatchKeys("沖田総司は池田屋で戦い、伊勢神宮に参った。", key => true);

        foreach (var english in new[] { "OKITA", "Soji", "Ise", "jingu" })
        {
            Assert.Contains(HepburnRomaniser.MatchKey(english), keys);
        }

        Assert.DoesNotContain(HepburnRomaniser.MatchKey("Kishida"), keys);
    }

    [Fact]
    public void Short_readings_of_single_kanji_are_left_out()
    {
        var keys = MatchKeys("田", key => true);

        Assert.All(keys, key => Assert.True(key.Length >= 4, key));
    }

    [Fact]
    public void Only_the_keys_the_selector_wants_are_kept()
    {
        var wanted = HepburnRomaniser.MatchKey("Ise");

        var keys = MatchKeys("伊勢神宮に参った。伊勢は遠い。", key => key == wanted);

        Assert.Equal([wanted, wanted], keys);
    }

    /// <summary>The match keys the matcher finds in a sentence, given to it as ids into a list of the keys it selected.</summary>
    private static List<string> MatchKeys(string sentence, Func<string, bool> wanted)
    {
        var selected = new List<string>();
        var matcher = new KanjiReadingMatcher(ReadingTable.Bundled, minKeyLength: 3, minSingleKanjiKeyLength: 4, key =>
        {
            if (!wanted(key))
            {
                return -1;
            }

            selected.Add(key);
            return selected.Count - 1;
        });
        var ids = new List<int>();
        matcher.Match(sentence, ids);
        return [.. ids.Select(id => selected[id])];
    }
}
