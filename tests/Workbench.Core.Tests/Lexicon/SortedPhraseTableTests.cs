using Workbench.Core.Alignment;
using Workbench.Core.Alignment.Evidence;
using Workbench.Core.Lexicon;
using Workbench.Core.Terminology;
using Workbench.Core.Tests.Alignment;

namespace Workbench.Core.Tests.Lexicon;

public sealed class SortedPhraseTableTests
{
    private static readonly Lazy<IReadOnlyList<string>> JapaneseSentences = new(() =>
        SharedData.Documents(SharedData.NictDev).Concat(SharedData.Documents(SharedData.NewsGold))
            .SelectMany(d => d.Japanese).ToList());

    [Fact]
    public void Finds_forms_by_start_then_length_each_with_its_keys_in_the_order_added()
    {
        var builder = new SortedPhraseTable.Builder();
        builder.Add("抑止力", 7);
        builder.Add("抑止", 3);
        builder.Add("核", 1);
        builder.Add("抑止", 5);
        builder.Add("抑止", 3);
        builder.Add("核兵器", 2);
        var table = builder.Build();
        var found = new List<int>();

        table.Match("核の抑止力と核兵器", found);

        Assert.Equal(4, table.Count);
        Assert.Equal([1, 3, 5, 7, 1, 2], found);
    }

    [Fact]
    public void An_empty_table_finds_nothing()
    {
        var found = new List<int>();

        new SortedPhraseTable.Builder().Build().Match("核抑止", found);

        Assert.Empty(found);
    }

    /// <summary>
    /// Characters at the edges of the first-character index (NUL, char.MaxValue and its neighbour, a surrogate pair's
    /// halves, the last BMP letter before them) and two ordinary ones, so random forms share prefixes often.
    /// </summary>
    private static readonly char[] EdgeAlphabet = ['\0', 'a', '核', '\uD83D', '\uDE00', '\uFFFE', '\uFFFF'];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Finds_what_a_naive_matcher_finds_on_random_forms_at_the_edges_of_the_character_range(int seed)
    {
        var random = new Random(seed);
        var builder = new SortedPhraseTable.Builder();
        var naive = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var pair = 0; pair < 300; pair++)
        {
            // Short forms, one-character ones among them, over a small alphabet: ranges that touch, nest and end the table.
            var form = RandomText(random, 1 + random.Next(random.Next(2) == 0 ? 1 : 4));
            var key = random.Next(50);
            builder.Add(form, key);
            var keys = naive.TryGetValue(form, out var list) ? list : naive[form] = [];
            if (!keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        var table = builder.Build();
        var reread = Reread(table);
        var merged = SortedPhraseTable.Merge(SortedPhraseTable.Empty, table, secondKeyOffset: 1000);
        Assert.Equal(naive.Count, table.Count);
        var found = 0;
        for (var trial = 0; trial < 2000; trial++)
        {
            var sentence = RandomText(random, random.Next(25));
            var expected = NaiveMatch(naive, sentence);
            Assert.Equal(expected, Matches(table, sentence));
            Assert.Equal(expected, Matches(reread, sentence));
            Assert.Equal(expected.Select(k => k + 1000), Matches(merged, sentence));
            found += expected.Count;
        }

        Assert.True(found > 10_000, $"only {found} keys found: the comparison says little");
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void Finds_what_a_naive_matcher_finds_when_hundreds_of_forms_share_each_prefix(int seed)
    {
        // Long forms over three letters: ranges of hundreds of forms three and more characters deep, so the search for a
        // range's end gallops several steps, ends on the range's last form and on the table's last form.
        var random = new Random(seed);
        var builder = new SortedPhraseTable.Builder();
        var naive = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var pair = 0; pair < 3000; pair++)
        {
            var form = new string([.. Enumerable.Range(0, 1 + random.Next(10)).Select(_ => "abc"[random.Next(3)])]);
            var key = random.Next(100);
            builder.Add(form, key);
            var keys = naive.TryGetValue(form, out var list) ? list : naive[form] = [];
            if (!keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        var table = builder.Build();
        for (var trial = 0; trial < 500; trial++)
        {
            var sentence = new string([.. Enumerable.Range(0, random.Next(30)).Select(_ => "abcx"[random.Next(4)])]);
            Assert.Equal(NaiveMatch(naive, sentence), Matches(table, sentence));
        }
    }

    [Fact]
    public void A_pair_that_shares_a_real_pairs_filter_bit_is_still_no_match()
    {
        // The two-character filter only rules pairs out: a pair hashed to a set bit must still be looked up exactly.
        var target = SortedPhraseTable.PairSlot('核', '兵');
        var (first, second) = Enumerable.Range(0x4E00, 0x5200)
            .SelectMany(f => Enumerable.Range(0, char.MaxValue + 1).Select(s => ((char)f, (char)s)))
            .First(p => p != ('核', '兵') && SortedPhraseTable.PairSlot(p.Item1, p.Item2) == target);
        var builder = new SortedPhraseTable.Builder();
        builder.Add("核兵器", 1);
        builder.Add(first.ToString(), 2);
        builder.Add($"{first}{(char)(second + 1)}", 3);
        var table = builder.Build();

        Assert.Equal([2, 1], Matches(table, $"{first}{second}核兵器"));
        Assert.Equal([2, 3], Matches(table, $"{first}{(char)(second + 1)}"));
    }

    [Fact]
    public void Forms_of_char_max_value_and_nul_are_found_and_nothing_else_is()
    {
        var builder = new SortedPhraseTable.Builder();
        builder.Add("\uFFFF", 1);
        builder.Add("\uFFFF\uFFFF", 2);
        builder.Add("\0", 3);
        builder.Add("\uD83D\uDE00", 4);
        var table = builder.Build();

        Assert.Equal([1, 2, 1, 3], Matches(table, "\uFFFF\uFFFFx\0"));
        Assert.Equal([4], Matches(table, "\uD83D\uDE00\uD83D"));
        Assert.Empty(Matches(table, "\uFFFE\uDE00\u0001"));
    }

    [Fact]
    public void Finds_what_the_prefix_hash_matcher_finds_for_the_bundled_lexicon_on_every_gold_sentence()
    {
        // Keys from the gloss, several per form, so key order within a form is exercised too.
        var builder = new SortedPhraseTable.Builder();
        var reference = new JapanesePhraseMatcher();
        foreach (var entry in JmdictDictionary.Common.AsLexicon().Entries)
        {
            var key = StringComparer.Ordinal.GetHashCode(entry.English) & 0xFFFF;
            builder.Add(entry.Japanese, key);
            reference.Add(entry.Japanese, key);
        }

        var table = builder.Build();
        var expected = new List<int>();
        var actual = new List<int>();
        var matched = 0;
        foreach (var sentence in JapaneseSentences.Value)
        {
            expected.Clear();
            actual.Clear();
            reference.Match(sentence, expected);
            table.Match(sentence, actual);
            Assert.Equal(expected, actual);
            matched += actual.Count;
        }

        Assert.Equal(reference.Count, table.Count);
        Assert.True(matched > 10_000, $"only {matched} keys found: the comparison says little");
    }

    [Fact]
    public void The_lexicon_index_read_by_string_id_equals_the_one_built_from_the_entries()
    {
        var glossary = new[] { new GlossaryEntry("deterrence", ["抑止"], null, []) };
        var fromDictionary = LexiconIndex.Build(JmdictDictionary.Common.AsLexicon(), glossary, AlignerOptions.Default);
        var fromEntries = LexiconIndex.Build(new BilingualLexicon(JmdictDictionary.Common.AsLexicon().Entries), glossary, AlignerOptions.Default);

        Assert.Equal(fromEntries.Weights, fromDictionary.Weights);
        Assert.True(fromDictionary.TryGetStemKey("missile", out var key));
        Assert.True(fromEntries.TryGetStemKey("missile", out var same));
        Assert.Equal(same, key);
        var expected = new List<int>();
        var actual = new List<int>();
        foreach (var sentence in JapaneseSentences.Value)
        {
            expected.Clear();
            actual.Clear();
            fromEntries.Japanese.Match(sentence, expected);
            fromDictionary.Japanese.Match(sentence, actual);
            Assert.Equal(expected, actual);
        }
    }

    private static string RandomText(Random random, int length)
    {
        var text = new char[length];
        for (var k = 0; k < length; k++)
        {
            text[k] = EdgeAlphabet[random.Next(EdgeAlphabet.Length)];
        }

        return new string(text);
    }

    private static List<int> Matches(SortedPhraseTable table, string sentence)
    {
        var found = new List<int>();
        table.Match(sentence, found);
        return found;
    }

    /// <summary>Every substring looked up: by start, then by length, each form's keys in the order first added.</summary>
    private static List<int> NaiveMatch(Dictionary<string, List<int>> keysByForm, string sentence)
    {
        var found = new List<int>();
        for (var start = 0; start < sentence.Length; start++)
        {
            for (var length = 1; start + length <= sentence.Length; length++)
            {
                if (keysByForm.TryGetValue(sentence.Substring(start, length), out var keys))
                {
                    found.AddRange(keys);
                }
            }
        }

        return found;
    }

    private static SortedPhraseTable Reread(SortedPhraseTable table)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            table.Write(writer);
        }

        stream.Position = 0;
        return SortedPhraseTable.Read(stream);
    }
}
