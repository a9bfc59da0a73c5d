using Workbench.Core.Alignment.Readings;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// Reads the evidence keys of one chunk of English sentences: numbers, words (lexicon stems, Latin tokens, consonant
/// skeletons, romaji readings), glossary terms, embedded Japanese and punctuation. It also collects the embedded
/// Japanese, which the Japanese side looks for (the skeletons and readings it needs are in the shared
/// <see cref="EnglishWordForms"/>).
/// </summary>
internal sealed class EnglishKeyReader(AlignerOptions options, LexiconIndex lexicon, EnglishWordForms forms, ChunkKeys keys)
    : SentenceKeyReader(options, keys)
{
    /// <summary>The lowest character <see cref="JapaneseChars.IsCjk"/> accepts (々).</summary>
    private const char FirstCjk = '\u3005';

    private readonly SpanKeyedCache<ChunkWord> wordCache = new();
    private readonly List<string> stemBuffer = [];

    /// <summary>Japanese runs written inside the chunk's sentences, with their key (chunk-local or not).</summary>
    public List<(string Form, int Key)> EmbeddedJapanese { get; } = [];

    /// <summary>The keys of sentence <paramref name="sentence"/>, sorted (chunk-local ids first); its content-word stems go to <paramref name="stems"/>.</summary>
    public int[] Read(string text, NumberList numbers, int sentence, SentenceStems.Writer stems)
    {
        var found = Found;
        found.Clear();
        AddNumbers(numbers, found);

        var contentStems = stemBuffer;
        contentStems.Clear();
        var i = 0;
        while (i < text.Length)
        {
            var length = EnglishWords.NextWord(text, ref i);
            if (length == 0)
            {
                break;
            }

            var word = text.AsSpan(i - length, length);
            if (!wordCache.TryGet(word, out var known))
            {
                known = ReadWord(word, out var form);
                wordCache.Add(form, known);
            }

            // One Add per key: AddRange(int[]) goes through ICollection<int>, an interface cast and a copy helper that
            // ReadyToRun leaves to the JIT.
            foreach (var key in known.Keys)
            {
                found.Add(key);
            }

            if (known.IsContentWord)
            {
                contentStems.Add(known.Stem);
            }
        }

        lexicon.MatchGlossary(text, found);
        AddEmbeddedJapanese(text, found);
        AddPunctuation(text, found, '?', '?', "\"“”", "(");
        stems.Write(sentence, contentStems);
        return TakeFound();
    }

    /// <summary>The ids of one word form's keys in this chunk, from the document's shared reading of the form.</summary>
    private ChunkWord ReadWord(ReadOnlySpan<char> word, out string text)
    {
        var form = forms.Get(word, out text);
        var keys = new int[(form.LexiconKey >= 0 ? 1 : 0) + form.Keys.Length];
        var n = 0;
        if (form.LexiconKey >= 0)
        {
            keys[n++] = form.LexiconKey;
        }

        foreach (var (name, weight) in form.Keys)
        {
            keys[n++] = Key(name, weight);
        }

        return new ChunkWord(form.Stem, keys, form.IsContentWord);
    }

    /// <summary>Japanese written inside an English sentence (a name with its kanji) is looked for in the Japanese.</summary>
    private void AddEmbeddedJapanese(string text, List<int> found)
    {
        var i = 0;
        while (i < text.Length)
        {
            // Kana and kanji all lie at or above U+3005: a vectorised search skips the Latin text between them (testing
            // each character was ~6% of the English reading in a profile).
            var next = CharSearch.IndexOfInRange(text.AsSpan(i), FirstCjk, char.MaxValue);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (!JapaneseChars.IsCjk(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && JapaneseChars.IsCjk(text[i]))
            {
                i++;
            }

            if (i - start >= 2)
            {
                var form = text[start..i];
                var key = Key("j:" + form, Options.EmbeddedJapaneseWeight);
                EmbeddedJapanese.Add((form, key));
                found.Add(key);
            }
        }
    }
}
