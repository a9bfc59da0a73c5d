using Workbench.Core.Alignment;
using Workbench.Core.Alignment.Evidence;

namespace Workbench.Core.Tests.Alignment;

public sealed class EnglishKeyReaderTests
{
    /// <summary>
    /// Random sentences of repeated words (plain, capitalised, hyphenated romaji with five or more keys): each sentence's
    /// keys, on a form's first reading in the chunk and on its cache hits, name exactly the keys of its words' shared forms, and
    /// its stems are its content words' stems in order.
    /// </summary>
    [Fact]
    public void A_sentence_holds_exactly_its_words_keys_on_first_reading_and_on_cache_hits()
    {
        var options = AlignerOptions.Default;
        var lexicon = LexiconIndex.Empty;
        var forms = new EnglishWordForms(options, lexicon);
        var chunk = new ChunkKeys(new DocumentKeys(lexicon.Weights));
        var reader = new EnglishKeyReader(options, lexicon, forms, chunk);
        string[] syllables = ["ka", "ki", "ku", "to", "na", "mi", "sa", "shi", "ryo", "ji", "o", "ma"];
        string[] english = ["the", "missiles", "Missile", "policy", "policies", "Brewer", "and", "strength", "Putin", "xyz", "a"];
        var random = new Random(5);
        var vocabulary = new List<string>(english);
        for (var v = 0; v < 60; v++)
        {
            var parts = new string[random.Next(1, 4)];
            for (var p = 0; p < parts.Length; p++)
            {
                parts[p] = string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => syllables[random.Next(syllables.Length)]));
            }

            var word = string.Join('-', parts);
            vocabulary.Add(random.Next(3) == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
        }

        const int sentenceCount = 400;
        var stems = new SentenceStems(sentenceCount);
        var writer = new SentenceStems.Writer(stems);
        var expectedStems = new List<string>[sentenceCount];
        var longest = 0;
        for (var s = 0; s < sentenceCount; s++)
        {
            var words = Enumerable.Range(0, random.Next(0, 14)).Select(_ => vocabulary[random.Next(vocabulary.Count)]).ToArray();
            var text = string.Join(random.Next(2) == 0 ? " " : ", ", words) + ".";

            var keys = reader.Read(text, new NumberList(), s, writer);

            var expected = new SortedSet<string>(StringComparer.Ordinal);
            expectedStems[s] = [];
            foreach (var word in words)
            {
                var form = forms.Get(word, out _);
                longest = Math.Max(longest, form.Keys.Length);
                foreach (var (name, _) in form.Keys)
                {
                    expected.Add(name);
                }

                if (form.IsContentWord)
                {
                    expectedStems[s].Add(form.Stem);
                }
            }

            Assert.All(keys, key => Assert.True(ChunkKeys.IsLocal(key)));
            var actual = keys.Select(key => chunk.Names[ChunkKeys.LocalIndex(key)]).ToList();
            Assert.Equal(expected, actual.Order(StringComparer.Ordinal));
            Assert.Equal(actual.Count, actual.Distinct().Count());
        }

        for (var s = 0; s < sentenceCount; s++)
        {
            Assert.Equal(expectedStems[s], stems[s].ToArray());
        }

        // Some forms have five keys or more (hyphenated romaji: Latin token, skeleton, a reading per part and joined).
        Assert.True(longest >= 5, $"longest form had {longest} keys");
    }
}
