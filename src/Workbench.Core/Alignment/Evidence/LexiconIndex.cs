using Workbench.Core.Lexicon;
using Workbench.Core.Terminology;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// A lexicon and glossary prepared for matching, built once per aligner: English stems and glossary terms map to
/// evidence keys, and a <see cref="SortedPhraseTable"/> finds the same keys through the Japanese forms.
/// </summary>
/// <remarks>
/// Built when an aligner first aligns, so its cost is paid by every aligning command. For the bundled JMdict the
/// lexicon's part is precomputed (<see cref="PrecomputedLexiconIndex"/>, made by <see cref="Precompute"/>): its keys
/// follow the glossary's and its forms are merged with the glossary's, which gives the index this class would build
/// (a test holds the two equal) without reading the dictionary. For other lexicons a gloss is split and stemmed once
/// however many forms share it (JMdict repeats each gloss for every kanji and kana form), and the forms go into a
/// sorted table rather than a hash set of every prefix.
/// </remarks>
internal sealed class LexiconIndex
{
    /// <summary>Longer English glosses are descriptions rather than translations.</summary>
    private const int MaxGlossWords = 3;

    private readonly Dictionary<string, int> keysByStem = new(StringComparer.Ordinal);
    private readonly List<(string Term, int Key)> glossaryPhrases = [];
    private readonly List<double> weights = [];

    /// <summary>The precomputed lexicon part, if used: its stem keys are shifted by <see cref="precomputedKeyOffset"/>.</summary>
    private PrecomputedLexiconIndex? precomputed;
    private int precomputedKeyOffset;

    private LexiconIndex()
    {
    }

    public static LexiconIndex Empty { get; } = new();

    public SortedPhraseTable Japanese { get; private set; } = SortedPhraseTable.Empty;

    public int KeyCount => weights.Count;

    public IReadOnlyList<double> Weights => weights;

    public static LexiconIndex Build(ILexicon? lexicon, IReadOnlyList<GlossaryEntry> glossary, AlignerOptions options)
    {
        var index = new LexiconIndex();
        var japanese = new SortedPhraseTable.Builder();
        foreach (var entry in glossary)
        {
            index.AddGlossaryEntry(entry, options.GlossaryWeight, japanese);
        }

        if (ReferenceEquals(lexicon, JmdictLexiconLoader.Bundled) && PrecomputedLexiconIndex.Bundled is { } bundled)
        {
            index.precomputed = bundled;
            index.precomputedKeyOffset = index.weights.Count;
            index.weights.EnsureCapacity(index.weights.Count + bundled.KeyCount);
            for (var key = 0; key < bundled.KeyCount; key++)
            {
                index.weights.Add(options.LexiconWeight);
            }

            index.Japanese = SortedPhraseTable.Merge(japanese.Build(), bundled.Japanese, index.precomputedKeyOffset);
            return index;
        }

        switch (lexicon is DeferredLexicon deferred ? deferred.Loaded : lexicon)
        {
            case JmdictLexicon jmdict:
                index.AddDictionary(jmdict.Dictionary, options.LexiconWeight, japanese);
                break;
            case { } entries:
                index.AddEntries(entries.Entries, options.LexiconWeight, japanese);
                break;
        }

        index.Japanese = japanese.Build();
        return index;
    }

    /// <summary>
    /// The lexicon part of <paramref name="dictionary"/>'s index with lexicon-local keys, as <see cref="Build"/> makes it
    /// with no glossary: what <c>workbench lexicon compile --aligner-index</c> stores.
    /// </summary>
    public static PrecomputedLexiconIndex Precompute(JmdictDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        var index = new LexiconIndex();
        var japanese = new SortedPhraseTable.Builder();
        index.AddDictionary(dictionary, weight: 1, japanese);
        var stems = new string[index.keysByStem.Count];
        foreach (var (stem, key) in index.keysByStem)
        {
            stems[key] = stem;
        }

        return PrecomputedLexiconIndex.Create(dictionary, stems, japanese.Build());
    }

    public bool TryGetStemKey(string stem, out int key)
    {
        if (precomputed is not null && precomputed.TryGetStemKey(stem, out key))
        {
            key += precomputedKeyOffset;
            return true;
        }

        return keysByStem.TryGetValue(stem, out key);
    }

    /// <summary>Adds the keys of the glossary terms an English sentence contains.</summary>
    public void MatchGlossary(string sentence, List<int> found)
    {
        foreach (var (term, key) in glossaryPhrases)
        {
            if (sentence.Contains(term, StringComparison.OrdinalIgnoreCase))
            {
                found.Add(key);
            }
        }
    }

    /// <summary>Single hiragana words (particles, endings) and one-character forms match almost anywhere.</summary>
    private static bool IsMatchableJapanese(string form) =>
        form.Length >= 2 && !form.All(JapaneseChars.IsHiragana);

    private void AddEntries(IReadOnlyList<LexiconEntry> entries, double weight, SortedPhraseTable.Builder japanese)
    {
        var keysByGloss = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var scratch = new List<int>();
        foreach (var entry in entries)
        {
            if (!IsMatchableJapanese(entry.Japanese))
            {
                continue;
            }

            if (!keysByGloss.TryGetValue(entry.English, out var keys))
            {
                keys = StemKeys(entry.English, weight, scratch);
                keysByGloss.Add(entry.English, keys);
            }

            foreach (var key in keys)
            {
                japanese.Add(entry.Japanese, key);
            }
        }
    }

    /// <summary>
    /// The same entries as <see cref="AddEntries"/> would add for <paramref name="dictionary"/>'s lexicon, read by
    /// string id: each distinct form is decoded and checked once, each distinct gloss stemmed once.
    /// </summary>
    private void AddDictionary(JmdictDictionary dictionary, double weight, SortedPhraseTable.Builder japanese)
    {
        const int Unseen = 0, Unmatchable = -1, NotYetAdded = -2;
        var formIds = new int[dictionary.StringCount];
        var keysByGloss = new int[]?[dictionary.StringCount];
        var scratch = new List<int>();
        dictionary.ForEachAlignerPair((gloss, form) =>
        {
            if (formIds[form] == Unseen)
            {
                formIds[form] = IsMatchableJapanese(dictionary.StringAt(form)) ? NotYetAdded : Unmatchable;
            }

            if (formIds[form] == Unmatchable)
            {
                return;
            }

            var keys = keysByGloss[gloss] ??= StemKeys(dictionary.StringAt(gloss), weight, scratch);
            if (keys.Length == 0)
            {
                return;
            }

            if (formIds[form] == NotYetAdded)
            {
                formIds[form] = japanese.FormId(dictionary.StringAt(form)) + 1;
            }

            foreach (var key in keys)
            {
                japanese.Add(formIds[form] - 1, key);
            }
        });
    }

    /// <summary>The keys of a gloss's content-word stems, in word order; a gloss of many words is a description.</summary>
    private int[] StemKeys(string gloss, double weight, List<int> keys)
    {
        keys.Clear();
        var words = gloss.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxGlossWords)
        {
            return [];
        }

        foreach (var word in words)
        {
            var stem = EnglishWords.Stem(word.AsSpan().Trim(".,\"'"));
            if (stem.Length >= 3 && !EnglishWords.IsStopWord(stem))
            {
                keys.Add(KeyForStem(stem, weight));
            }
        }

        return [.. keys];
    }

    private void AddGlossaryEntry(GlossaryEntry entry, double weight, SortedPhraseTable.Builder japanese)
    {
        var term = entry.English.Trim();
        if (term.Length == 0)
        {
            return;
        }

        var key = weights.Count;
        weights.Add(weight);
        glossaryPhrases.Add((term, key));
        foreach (var approved in entry.Approved.Where(a => a.Length > 0))
        {
            japanese.Add(approved, key);
        }
    }

    private int KeyForStem(string stem, double weight)
    {
        if (!keysByStem.TryGetValue(stem, out var key))
        {
            key = weights.Count;
            weights.Add(weight);
            keysByStem.Add(stem, key);
        }

        return key;
    }
}
