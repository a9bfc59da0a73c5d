using Workbench.Core.Alignment;
using Workbench.Core.Alignment.Evidence;
using Workbench.Core.Lexicon;
using Workbench.Core.Terminology;
using Workbench.Core.Tests.Alignment;

namespace Workbench.Core.Tests.Lexicon;

public sealed class PrecomputedLexiconIndexTests
{
    [Fact]
    public void The_bundled_index_is_what_the_generator_writes_from_the_embedded_dictionary_today()
    {
        // The stemmer, the matchable-form rule and the dictionary all live elsewhere: this is what keeps the stored
        // index from going stale when one of them changes.
        using var generated = new MemoryStream();
        LexiconIndex.Precompute(JmdictDictionary.Common).Write(generated);
        using var embedded = new MemoryStream();
        using (var resource = typeof(JmdictDictionary).Assembly.GetManifestResourceStream("Workbench.Core.Lexicon.jmdict_common.wbidx"))
        {
            Assert.NotNull(resource);
            resource.CopyTo(embedded);
        }

        Assert.True(
            generated.ToArray().AsSpan().SequenceEqual(embedded.ToArray()),
            "Lexicon/jmdict_common.wbidx is stale: regenerate it with the lexicon compile command in Lexicon/ATTRIBUTION.md");
        Assert.NotNull(PrecomputedLexiconIndex.Bundled);
    }

    [Fact]
    public void With_a_glossary_the_bundled_index_equals_the_one_built_from_the_dictionary_at_run_time()
    {
        var glossary = new[]
        {
            new GlossaryEntry("deterrence", ["抑止", "抑止力"], null, []),
            new GlossaryEntry("Kishida Fumio", ["岸田文雄"], null, []),
            new GlossaryEntry("no approved form yet", [], null, []),
            new GlossaryEntry("extended deterrence", ["拡大抑止", "抑止"], null, []),
            new GlossaryEntry("government", ["政府"], null, []),
        };
        Assert.NotNull(PrecomputedLexiconIndex.Bundled);

        var stored = LexiconIndex.Build(JmdictLexiconLoader.Bundled, glossary, AlignerOptions.Default);
        var built = LexiconIndex.Build(JmdictDictionary.Common.AsLexicon(), glossary, AlignerOptions.Default);

        Assert.Equal(built.Weights, stored.Weights);
        Assert.Equal(Bytes(built.Japanese), Bytes(stored.Japanese));
        var stems = 0;
        foreach (var stem in GoldEnglishStems())
        {
            Assert.Equal(built.TryGetStemKey(stem, out var expected), stored.TryGetStemKey(stem, out var actual));
            Assert.Equal(expected, actual);
            stems += expected >= glossary.Length ? 1 : 0;
        }

        Assert.True(stems > 1_000, $"only {stems} gold stems are lexicon stems: the comparison says little");
    }

    [Fact]
    public void Merging_keeps_the_first_tables_keys_then_the_seconds_shifted_as_one_builder_would()
    {
        var first = new SortedPhraseTable.Builder();
        first.Add("抑止", 0);
        first.Add("核", 1);
        first.Add("抑止", 1);
        var second = new SortedPhraseTable.Builder();
        second.Add("抑止力", 0);
        second.Add("抑止", 1);
        second.Add("核兵器", 2);
        second.Add("抑止", 0);
        var both = new SortedPhraseTable.Builder();
        foreach (var (form, key) in new[] { ("抑止", 0), ("核", 1), ("抑止", 1), ("抑止力", 2), ("抑止", 3), ("核兵器", 4), ("抑止", 2) })
        {
            both.Add(form, key);
        }

        var merged = SortedPhraseTable.Merge(first.Build(), second.Build(), secondKeyOffset: 2);
        var found = new List<int>();
        merged.Match("核の抑止力", found);

        Assert.Equal(Bytes(both.Build()), Bytes(merged));
        Assert.Equal([1, 0, 1, 3, 2, 2], found);
    }

    [Fact]
    public void A_table_reads_back_as_written_and_a_truncated_one_is_refused()
    {
        var builder = new SortedPhraseTable.Builder();
        builder.Add("抑止", 3);
        builder.Add("核", 1);
        builder.Add("抑止", 5);
        var written = Bytes(builder.Build());

        var read = SortedPhraseTable.Read(new MemoryStream(written));

        Assert.Equal(written, Bytes(read));
        Assert.ThrowsAny<EndOfStreamException>(() => SortedPhraseTable.Read(new MemoryStream(written[..^2])));
    }

    [Fact]
    public void A_file_that_is_not_an_index_is_refused_with_its_name()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            PrecomputedLexiconIndex.Read(new MemoryStream("WBJMDIC1 and more bytes"u8.ToArray()), "my.wbidx"));

        Assert.StartsWith("my.wbidx: not a precomputed lexicon index", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Bytes(SortedPhraseTable table)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            table.Write(writer);
        }

        return stream.ToArray();
    }

    private static IEnumerable<string> GoldEnglishStems()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in SharedData.Documents(SharedData.NictDev).Concat(SharedData.Documents(SharedData.NewsGold)).SelectMany(d => d.English))
        {
            var i = 0;
            int length;
            while ((length = EnglishWords.NextWord(sentence, ref i)) > 0)
            {
                var stem = EnglishWords.Stem(sentence.AsSpan(i - length, length));
                if (seen.Add(stem))
                {
                    yield return stem;
                }
            }
        }
    }
}
