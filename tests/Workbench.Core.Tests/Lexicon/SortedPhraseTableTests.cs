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
}
