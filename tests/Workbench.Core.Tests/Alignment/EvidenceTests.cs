using System.Text;
using Workbench.Core.Alignment.Evidence;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Tests.Alignment;

public sealed class EvidenceTests
{
    [Theory]
    [InlineData("プーチン", "Putin")]
    [InlineData("ラトビア", "Latvia")]
    [InlineData("ブリューワー", "Brewer")]
    [InlineData("ミサイル", "missile")]
    [InlineData("ハーバート", "Herbert")]
    [InlineData("フィンランド", "Finland")]
    public void Katakana_and_its_english_source_share_a_skeleton(string katakana, string english) =>
        Assert.Equal(ConsonantSkeleton.FromEnglish(english), ConsonantSkeleton.FromKatakana(katakana));

    [Fact]
    public void Unrelated_words_do_not_share_a_skeleton() =>
        Assert.NotEqual(ConsonantSkeleton.FromEnglish("Poland"), ConsonantSkeleton.FromKatakana("プーチン"));

    [Theory]
    [InlineData("１５００年に", 1500)]
    [InlineData("千五百人", 1500)]
    [InlineData("二〇二二年", 2022)]
    [InlineData("300万人", 3_000_000)]
    [InlineData("15億ドル", 1_500_000_000)]
    [InlineData("２０％", 20)]
    [InlineData("三月", 3)]
    [InlineData("応永27年に生まれた", 1420)]
    [InlineData("応永二十七年", 1420)]
    [InlineData("明治元年", 1868)]
    [InlineData("昭和２０年", 1945)]
    [InlineData("正平元年", 1346)]
    public void Japanese_numbers_are_read(string text, long expected)
    {
        var numbers = new NumberList();
        NumberExtractor.Japanese(text.Normalize(NormalizationForm.FormKC), numbers);
        Assert.Contains((decimal)expected, numbers.ToArray());
    }

    [Theory]
    [InlineData("In 1,500 cases", 1500)]
    [InlineData("3 million people", 3_000_000)]
    [InlineData("$1.5 billion", 1_500_000_000)]
    [InlineData("20 percent", 20)]
    [InlineData("the 15th century", 15)]
    [InlineData("on March 4", 3)]
    public void English_numbers_are_read(string text, long expected)
    {
        var numbers = new NumberList();
        NumberExtractor.English(text, numbers);
        Assert.Contains((decimal)expected, numbers.ToArray());
    }

    [Fact]
    public void Every_month_name_is_read_in_any_case_and_no_other_word()
    {
        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        for (var month = 0; month < months.Length; month++)
        {
            foreach (var name in new[] { months[month], months[month].ToUpperInvariant(), months[month].ToLowerInvariant() })
            {
                var numbers = new NumberList();
                NumberExtractor.English($"It ended in {name}.", numbers);
                decimal[] expected = name == "may" ? [] : [month + 1];
                Assert.Equal(expected, numbers.ToArray());
            }
        }

        var none = new NumberList();
        NumberExtractor.English("Jan Mar Marches Juno Augusta Decembers Octobers novembers Sept dec", none);
        Assert.Empty(none.ToArray());
    }

    [Fact]
    public void No_character_below_the_iteration_mark_is_japanese()
    {
        // EnglishKeyReader skips to the first character at or above 々 (U+3005) when it looks for embedded Japanese.
        for (var c = '\0'; c < '\u3005'; c++)
        {
            Assert.False(JapaneseChars.IsCjk(c), $"U+{(int)c:X4}");
        }

        Assert.True(JapaneseChars.IsCjk('\u3005'));
    }

    [Fact]
    public void A_year_without_a_known_era_states_no_western_year()
    {
        var numbers = new NumberList();
        NumberExtractor.Japanese("没後27年", numbers);
        Assert.Equal([27m], numbers.ToArray());
    }

    [Fact]
    public void A_lone_kanji_one_inside_a_word_is_not_a_number()
    {
        var numbers = new NumberList();
        NumberExtractor.Japanese("一般的な統一見解", numbers);
        Assert.Equal(0, numbers.Count);
    }

    [Fact]
    public void Lexicon_forms_are_found_as_substrings()
    {
        var matcher = new JapanesePhraseMatcher();
        matcher.Add("核兵器", 1);
        matcher.Add("同盟", 2);
        matcher.Add("同盟国", 3);
        var found = new List<int>();
        matcher.Match("米国の同盟国が核兵器を", found);
        Assert.Equal([1, 2, 3], found.Order());
    }
}
