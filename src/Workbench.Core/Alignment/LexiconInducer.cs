namespace Workbench.Core.Alignment;

/// <summary>
/// Learns translations from the document itself: English content words and kanji strings that keep turning up
/// together in confidently aligned pairs (丹波~Tanba, 細川~Hosokawa, 寺~temple) become new evidence for a second pass.
/// </summary>
internal static class LexiconInducer
{
    /// <summary>Adds the pairs learnt from <paramref name="beads"/> and not yet in <paramref name="known"/> (which grows).</summary>
    public static int Induce(DocumentEvidence evidence, IReadOnlyList<ScoredBead> beads, AlignerOptions options, HashSet<(string English, string Japanese)> known)
    {
        var pairs = beads
            .Where(b => b.Bead is { EnCount: 1, JaCount: 1 } && b.Bead.Confidence >= options.ConfidentBead)
            .Take(options.InducedMaxPairs)
            .ToList();
        var englishCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var japaneseCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairCounts = new Dictionary<(string English, string Japanese), int>();
        foreach (var pair in pairs)
        {
            var names = evidence.EnglishStems[pair.Bead.EnStart].Distinct().ToList();
            if (names.Count == 0)
            {
                continue;
            }

            var strings = KanjiStrings(evidence.JapaneseTexts[pair.Bead.JaStart], options);
            Count(names, englishCounts);
            Count(strings, japaneseCounts);
            foreach (var name in names)
            {
                foreach (var japanese in strings)
                {
                    pairCounts[(name, japanese)] = pairCounts.GetValueOrDefault((name, japanese)) + 1;
                }
            }
        }

        var induced = pairCounts
            .Where(p => p.Value >= options.InducedMinCooccurrence)
            .Select(p => (p.Key.English, p.Key.Japanese, Dice: 2.0 * p.Value / (englishCounts[p.Key.English] + japaneseCounts[p.Key.Japanese])))
            .Where(p => p.Dice >= options.InducedMinDice)
            .GroupBy(p => p.English)
            .Select(g => g.OrderByDescending(p => p.Dice).ThenByDescending(p => p.Japanese.Length).ThenBy(p => p.Japanese, StringComparer.Ordinal).First())
            .Where(p => known.Add((p.English, p.Japanese)))
            .ToList();
        if (induced.Count > 0)
        {
            Apply(evidence, induced.Select(p => (p.English, p.Japanese)).ToList(), options);
        }

        return induced.Count;
    }

    private static void Count(IEnumerable<string> items, Dictionary<string, int> counts)
    {
        foreach (var item in items)
        {
            counts[item] = counts.GetValueOrDefault(item) + 1;
        }
    }

    /// <summary>Distinct substrings of the sentence's kanji runs, of the lengths a name takes.</summary>
    private static HashSet<string> KanjiStrings(string text, AlignerOptions options)
    {
        var strings = new HashSet<string>(StringComparer.Ordinal);
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
                    strings.Add(text.Substring(from, length));
                }
            }
        }

        return strings;
    }

    private static void Apply(DocumentEvidence evidence, List<(string English, string Japanese)> induced, AlignerOptions options)
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

        for (var en = 0; en < evidence.EnglishCount; en++)
        {
            var added = evidence.EnglishStems[en]
                .Select(name => keysByName.TryGetValue(name, out var key) ? key : -1)
                .Where(key => key >= 0)
                .ToList();
            evidence.EnglishKeys[en] = Merge(evidence.EnglishKeys[en], added);
        }

        var found = new List<int>();
        for (var ja = 0; ja < evidence.JapaneseCount; ja++)
        {
            found.Clear();
            matcher.Match(evidence.JapaneseTexts[ja], found);
            evidence.JapaneseKeys[ja] = Merge(evidence.JapaneseKeys[ja], found);
        }
    }

    private static int[] Merge(int[] keys, List<int> added) =>
        added.Count == 0 ? keys : [.. keys.Concat(added).Distinct().Order()];
}
