using Workbench.Core.Lexicon;
using Workbench.Core.Terminology;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// A lexicon and glossary prepared for matching, built once per aligner: English stems and glossary terms map to
/// evidence keys, and a <see cref="JapanesePhraseMatcher"/> finds the same keys through the Japanese forms.
/// </summary>
internal sealed class LexiconIndex
{
    /// <summary>Longer English glosses are descriptions rather than translations.</summary>
    private const int MaxGlossWords = 3;

    private readonly Dictionary<string, int> keysByStem = new(StringComparer.Ordinal);
    private readonly List<(string Term, int Key)> glossaryPhrases = [];
    private readonly List<double> weights = [];

    private LexiconIndex()
    {
    }

    public static LexiconIndex Empty { get; } = new();

    public JapanesePhraseMatcher Japanese { get; } = new();

    public int KeyCount => weights.Count;

    public IReadOnlyList<double> Weights => weights;

    public static LexiconIndex Build(ILexicon? lexicon, IReadOnlyList<GlossaryEntry> glossary, AlignerOptions options)
    {
        var index = new LexiconIndex();
        foreach (var entry in glossary)
        {
            index.AddGlossaryEntry(entry, options.GlossaryWeight);
        }

        foreach (var entry in lexicon?.Entries ?? [])
        {
            if (!IsMatchableJapanese(entry.Japanese))
            {
                continue;
            }

            var words = entry.English.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > MaxGlossWords)
            {
                continue;
            }

            foreach (var word in words)
            {
                var stem = EnglishWords.Stem(word.Trim('.', ',', '"', '\''));
                if (stem.Length >= 3 && !EnglishWords.IsStopWord(stem))
                {
                    index.Japanese.Add(entry.Japanese, index.KeyForStem(stem, options.LexiconWeight));
                }
            }
        }

        return index;
    }

    public bool TryGetStemKey(string stem, out int key) => keysByStem.TryGetValue(stem, out key);

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

    private void AddGlossaryEntry(GlossaryEntry entry, double weight)
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
            Japanese.Add(approved, key);
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
