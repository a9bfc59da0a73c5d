using System.Runtime.InteropServices;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// Learns translations from the document itself: English content words and kanji strings that keep turning up
/// together in confidently aligned pairs (丹波~Tanba, 細川~Hosokawa, 寺~temple) become new evidence for a second pass.
/// </summary>
internal static class LexiconInducer
{
    /// <summary>The fewest sentences of a side one chunk takes its new keys for: fewer would not pay for handing it to another core.</summary>
    private const int MinChunkSentences = 1_000;

    /// <summary>Adds the pairs learnt from <paramref name="beads"/> and not yet in <paramref name="known"/> (which grows).</summary>
    public static int Induce(DocumentEvidence evidence, IReadOnlyList<ScoredBead> beads, AlignerOptions options, HashSet<(string English, string Japanese)> known)
    {
        var english = new Vocabulary();
        var japanese = new Vocabulary();
        var sentenceEnglish = new List<int>();
        var sentenceJapanese = new List<int>();
        var sentences = new List<(int[] English, int[] Japanese)>();
        foreach (var scored in beads)
        {
            if (sentences.Count == options.InducedMaxPairs)
            {
                break;
            }

            if (scored.Bead is not { EnCount: 1, JaCount: 1 } || scored.Bead.Confidence < options.ConfidentBead)
            {
                continue;
            }

            english.CountSentence(evidence.EnglishStems[scored.Bead.EnStart], sentenceEnglish);
            if (sentenceEnglish.Count == 0)
            {
                sentences.Add(([], []));
                continue;
            }

            CountKanjiStrings(evidence.JapaneseTexts[scored.Bead.JaStart], options, japanese, sentenceJapanese);
            sentences.Add(([.. sentenceEnglish], [.. sentenceJapanese]));
        }

        // A pair cannot co-occur more often than either of its words occurs: words too rare to reach the threshold
        // (most kanji substrings) are left out of the pair counts.
        var pairCounts = new Dictionary<long, int>();
        foreach (var (sentenceWords, sentenceStrings) in sentences)
        {
            foreach (var e in sentenceWords)
            {
                if (english.Counts[e] < options.InducedMinCooccurrence)
                {
                    continue;
                }

                foreach (var j in sentenceStrings)
                {
                    if (japanese.Counts[j] >= options.InducedMinCooccurrence)
                    {
                        CollectionsMarshal.GetValueRefOrAddDefault(pairCounts, ((long)e << 32) | (uint)j, out _)++;
                    }
                }
            }
        }

        // The best Japanese string of each English word in arrays, and the words in the order they first got one (the
        // order of the pairs learnt): ReadyToRun cannot precompile Dictionary<int, (int, double)> or LINQ over tuples in
        // our image, and their methods were compiled at run time.
        var bestJapanese = new int[english.Words.Count];
        var bestDice = new double[english.Words.Count];
        var order = new List<int>();
        foreach (var (key, count) in pairCounts)
        {
            if (count < options.InducedMinCooccurrence)
            {
                continue;
            }

            var (e, j) = ((int)(key >> 32), (int)(key & uint.MaxValue));
            var dice = 2.0 * count / (english.Counts[e] + japanese.Counts[j]);
            if (dice < options.InducedMinDice)
            {
                continue;
            }

            if (bestDice[e] == 0)
            {
                order.Add(e);
            }
            else if (!IsBetter(j, dice, bestJapanese[e], bestDice[e], japanese))
            {
                continue;
            }

            (bestJapanese[e], bestDice[e]) = (j, dice);
        }

        var induced = new List<InducedPair>();
        foreach (var e in order)
        {
            var pair = (English: english.Words[e], Japanese: japanese.Words[bestJapanese[e]]);
            if (known.Add(pair))
            {
                induced.Add(new InducedPair(pair.English, pair.Japanese));
            }
        }

        if (induced.Count > 0)
        {
            Apply(evidence, induced, options);
        }

        return induced.Count;
    }

    /// <summary>The higher Dice wins, then the longer Japanese string, then the first in ordinal order (deterministic).</summary>
    private static bool IsBetter(int japanese, double dice, int currentJapanese, double currentDice, Vocabulary vocabulary)
    {
        if (dice != currentDice)
        {
            return dice > currentDice;
        }

        var (candidate, incumbent) = (vocabulary.Words[japanese], vocabulary.Words[currentJapanese]);
        return candidate.Length != incumbent.Length
            ? candidate.Length > incumbent.Length
            : string.CompareOrdinal(candidate, incumbent) < 0;
    }

    /// <summary>Counts the distinct substrings of the sentence's kanji runs, of the lengths a name takes.</summary>
    private static void CountKanjiStrings(string text, AlignerOptions options, Vocabulary vocabulary, List<int> distinct)
    {
        vocabulary.BeginSentence(distinct);
        var i = 0;
        while (i < text.Length)
        {
            if (!JapaneseChars.IsKanji(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && JapaneseChars.IsKanji(text[i]))
            {
                i++;
            }

            for (var from = start; from < i; from++)
            {
                for (var length = options.InducedMinJapaneseChars; length <= options.InducedMaxJapaneseChars && from + length <= i; length++)
                {
                    vocabulary.Count(text.AsSpan(from, length), distinct);
                }
            }
        }
    }

    private static void Apply(DocumentEvidence evidence, List<InducedPair> induced, AlignerOptions options)
    {
        var keysByName = new Dictionary<string, int>(StringComparer.Ordinal);
        var matcher = new JapanesePhraseMatcher();
        foreach (var (english, japanese) in induced)
        {
            var key = evidence.Weights.Count;
            evidence.Weights.Add(options.InducedLexiconWeight);
            keysByName.Add(english, key);
            matcher.Add(japanese, key);
        }

        // Sentences take their new keys independently of each other: all cores share the work, both sides in one run,
        // the Japanese chunks (phrase matching, the slower side) first so that the English ones fill in at the end.
        var japaneseChunks = ChunkWork.BalancedChunks(evidence.JapaneseCount, MinChunkSentences);
        var englishChunks = ChunkWork.BalancedChunks(evidence.EnglishCount, MinChunkSentences);
        ChunkWork.Run(japaneseChunks + englishChunks, static () => new List<int>(), (chunk, found) =>
        {
            if (chunk < japaneseChunks)
            {
                var (start, end) = ChunkWork.Range(evidence.JapaneseCount, japaneseChunks, chunk);
                for (var ja = start; ja < end; ja++)
                {
                    found.Clear();
                    matcher.Match(evidence.JapaneseTexts[ja], found);
                    evidence.JapaneseKeys[ja] = Merge(evidence.JapaneseKeys[ja], found);
                }
            }
            else
            {
                var (start, end) = ChunkWork.Range(evidence.EnglishCount, englishChunks, chunk - japaneseChunks);
                for (var en = start; en < end; en++)
                {
                    found.Clear();
                    foreach (var stem in evidence.EnglishStems[en])
                    {
                        if (keysByName.TryGetValue(stem, out var key))
                        {
                            found.Add(key);
                        }
                    }

                    evidence.EnglishKeys[en] = Merge(evidence.EnglishKeys[en], found);
                }
            }
        });
    }

    /// <summary>The sorted union of sorted distinct <paramref name="keys"/> and <paramref name="added"/> (sorted here).</summary>
    private static int[] Merge(int[] keys, List<int> added)
    {
        if (added.Count == 0)
        {
            return keys;
        }

        KeySort.Sort(CollectionsMarshal.AsSpan(added));
        var merged = new List<int>(keys.Length + added.Count);
        int i = 0, j = 0;
        while (i < keys.Length || j < added.Count)
        {
            var next = j == added.Count || (i < keys.Length && keys[i] <= added[j]) ? keys[i] : added[j];
            if (merged.Count == 0 || merged[^1] != next)
            {
                merged.Add(next);
            }

            i += i < keys.Length && keys[i] == next ? 1 : 0;
            while (j < added.Count && added[j] == next)
            {
                j++;
            }
        }

        return [.. merged];
    }
}
