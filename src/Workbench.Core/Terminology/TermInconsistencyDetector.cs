using System.Globalization;
using System.Text.RegularExpressions;
using Workbench.Core.Alignment.Evidence;
using Workbench.Core.Documents;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Terminology;

/// <summary>
/// Finds terms written inconsistently across a whole memory, without a glossary. The entry point for every caller
/// (the <c>terms</c> command, the review UI's terms panel): <see cref="Detect"/> returns every cluster, best first;
/// <see cref="Report"/> keeps those at or above <see cref="TermDetectionOptions.MinimumScore"/>.
/// <para>Evidence, each a <see cref="TermClusterKind"/>:</para>
/// <list type="bullet">
/// <item>English-anchored: an English name transliterated by different katakana in aligned pairs (consonant skeleton
/// of the English word = skeleton of the katakana word), and an English term co-occurring with different Japanese
/// terms across pairs. Links count by <see cref="TermDetectionOptions.LinkWeight"/>: a low-confidence auto link
/// is little evidence, so a misaligned pair cannot make a rendering.</item>
/// <item>Japanese alone: old/new official spellings, katakana equal without long vowels and small kana or one
/// sound apart (never two names written side by side), compounds joined differently (取引的抑止/取引型抑止) or with
/// and without 力, one modifier with dictionary-synonymous heads in one document (通常兵力/通常戦力), and a
/// katakana word and a kanji word with the same first dictionary gloss in one document (ヨーロッパ/欧州; a name's
/// gloss is capitalised: common nouns like プロセス/過程 are mostly deliberate variety and score low).</item>
/// </list>
/// Each cluster's score starts from its kind's base score and moves with its evidence (same document, cross-document
/// only, evenly split variants, English confirmation); see <see cref="TermDetectionOptions"/>.
/// </summary>
public sealed partial class TermInconsistencyDetector
{
    private static readonly HashSet<string> GlossStopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "for", "with", "from", "into", "one", "that", "something", "someone", "thing", "act", "being",
        "etc", "esp", "usu", "kind", "sort", "type", "form", "state", "make", "made", "have", "having", "person",

        // Time and order: heads that share them are opposite ends of one scale (前期/後期, 初期/末期), not one idea.
        "half", "period", "first", "second", "latter", "former", "early", "late", "end", "beginning", "day", "year",
        "month", "term", "time", "part", "stage", "phase", "last", "final", "middle", "upper", "lower", "front", "back",
    };

    private readonly TermDetectionOptions options;
    private readonly ITermDictionary? dictionary;
    private readonly Regex connectorPhrase;

    public TermInconsistencyDetector(TermDetectionOptions options)
        : this(options, null)
    {
    }

    /// <param name="dictionary">Dictionary for synonym and shared-stem families and for confirming renderings;
    /// without one those families are not looked for.</param>
    public TermInconsistencyDetector(TermDetectionOptions options, ITermDictionary? dictionary)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        this.dictionary = dictionary;
        connectorPhrase = JapaneseTermOccurrences.ConnectorPhrase(options.PhraseConnectors, options.MinimumCompoundPartLength);
    }

    /// <summary>Clusters at or above <see cref="TermDetectionOptions.MinimumScore"/>, best first.</summary>
    public IReadOnlyList<TermCluster> Report(IEnumerable<AlignedPair> pairs) =>
        [.. Detect(pairs).Where(c => c.Score >= options.MinimumScore)];

    /// <summary>Every cluster found, whatever its score, best first.</summary>
    public IReadOnlyList<TermCluster> Detect(IEnumerable<AlignedPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var memory = Collect(pairs);
        var katakana = SplitKatakana(memory);
        var clusters = new List<TermCluster>();
        var known = KnownSpellingClusters(katakana, clusters);
        KatakanaClusters(katakana, memory, known, clusters);
        NameClusters(memory, clusters);
        var inConnectorClusters = ConnectorClusters(memory, clusters);
        SuffixClusters(memory.Kanji, inConnectorClusters, clusters);
        if (dictionary is not null)
        {
            SharedStemClusters(memory.Kanji, clusters);
            SynonymClusters(katakana, memory, clusters);
        }

        EnglishRenderingClusters(memory, clusters);
        return [.. Deduplicated(clusters)
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.Variants.Sum(v => v.Count))
            .ThenBy(c => c.Variants[0].Text, StringComparer.Ordinal)];
    }

    private Memory Collect(IEnumerable<AlignedPair> pairs)
    {
        var memory = new Memory();
        foreach (var pair in pairs)
        {
            var pairIndex = memory.JapaneseTerms.Count;
            var terms = new HashSet<string>(StringComparer.Ordinal);
            var segmentTexts = new List<string>();
            foreach (var segment in pair.Japanese)
            {
                var where = new TermLocation(pair.Document, segment.Index);
                var normalized = JapaneseNormalizer.NormalizeTerm(segment.Text);
                segmentTexts.Add(normalized);
                memory.Segments.Add((where, normalized));
                memory.KatakanaRuns.AddRange(JapaneseTermOccurrences.KatakanaRuns(normalized).Select(run => (run, where, pairIndex)));
                foreach (var run in JapaneseTermOccurrences.KanjiRuns(normalized))
                {
                    memory.Kanji.Add(run, where);
                    terms.Add(run);
                }

                foreach (Match match in connectorPhrase.Matches(normalized))
                {
                    memory.Phrases.Add((match.Value, match.Groups["stem"].Value, match.Groups["connector"].Value, match.Groups["head"].Value, where));
                }
            }

            var weight = options.LinkWeight(pair.Link);
            var hasBothSides = pair.English.Count > 0 && pair.Japanese.Count > 0;
            memory.JapaneseTerms.Add(terms);
            memory.KatakanaOfPair.Add([]);
            memory.Weights.Add(hasBothSides ? weight : 0);
            memory.PairLocations.Add(new TermLocation(pair.Document, pair.Japanese.Count > 0 ? pair.Japanese[0].Index : pair.Link.Bead.JaStart));
            memory.EnglishTerms.Add(hasBothSides && weight >= options.MinimumRenderingEvidence
                ? KeptInLatinScriptRemoved(EnglishTermCandidates.Extract(pair.EnglishText, memory.EnglishSurface), memory.EnglishSurface, string.Concat(segmentTexts))
                : []);
            memory.EnglishNames.Add(hasBothSides && weight >= options.MinimumRenderingEvidence ? EnglishNames(pair.EnglishText) : []);
        }

        return memory;
    }

    /// <summary>Capitalised words of an English text that may be names, with their consonant skeletons.</summary>
    private List<(string Name, string Skeleton)> EnglishNames(string english)
    {
        var names = new List<(string, string)>();
        foreach (Match match in CapitalisedWord().Matches(english))
        {
            var skeleton = ConsonantSkeleton.FromEnglish(match.Value);
            if (skeleton.Length >= options.MinimumNameSkeletonLength && !names.Any(n => n.Item1 == match.Value))
            {
                names.Add((match.Value, skeleton));
            }
        }

        return names;
    }

    /// <summary>
    /// A term the translation keeps in Latin script (NATO, New START) is rendered as itself: the kanji it co-occurs
    /// with are other words of the sentence, not competing renderings.
    /// </summary>
    private static List<string> KeptInLatinScriptRemoved(IReadOnlyList<string> terms, Dictionary<string, string> englishSurface, string normalizedJapanese) =>
        [.. terms.Where(term => !normalizedJapanese.Contains(englishSurface[term], StringComparison.OrdinalIgnoreCase))];

    private Occurrences SplitKatakana(Memory memory)
    {
        var knownWords = new HashSet<string>(memory.KatakanaRuns.Select(r => r.Run), StringComparer.Ordinal);
        foreach (var (old, current) in options.KnownSpellings)
        {
            knownWords.Add(old);
            knownWords.Add(current);
        }

        var words = new Occurrences();
        foreach (var (run, where, pair) in memory.KatakanaRuns)
        {
            foreach (var word in JapaneseTermOccurrences.SplitCompound(run, knownWords))
            {
                words.Add(word, where);
                memory.JapaneseTerms[pair].Add(word);
                memory.KatakanaBySegment.Add((where, word));
                memory.KatakanaOfPair[pair].Add((word, where));
            }
        }

        return words;
    }

    private HashSet<string> KnownSpellingClusters(Occurrences katakana, List<TermCluster> clusters)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in options.KnownSpellings.GroupBy(p => p.Value, StringComparer.Ordinal))
        {
            var olds = group.Select(p => p.Key).Where(katakana.Contains).ToList();
            if (olds.Count == 0)
            {
                continue;
            }

            var texts = olds.Prepend(group.Key).Where(katakana.Contains).ToList();
            reported.UnionWith(texts);
            clusters.Add(Cluster(null, TermClusterKind.KnownSpelling, texts, katakana, $"official spelling: {group.Key} (was {string.Join(", ", olds)})"));
        }

        return reported;
    }

    private void KatakanaClusters(Occurrences katakana, Memory memory, HashSet<string> alreadyReported, List<TermCluster> clusters)
    {
        var byKey = katakana.Texts
            .Select(text => (Text: text, Key: SpellingKey(text)))
            .Where(w => w.Key.Length >= options.MinimumKatakanaKeyLength)
            .GroupBy(w => w.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(w => w.Text).ToList(), StringComparer.Ordinal);
        foreach (var (key, texts) in byKey)
        {
            if (texts.Count > 1 && !texts.All(alreadyReported.Contains))
            {
                clusters.Add(Cluster(null, TermClusterKind.KatakanaSpelling, texts, katakana, $"same spelling without long vowels, ッ and small kana: {key}"));
            }
        }

        // Keys one substitution apart share a wildcard form (ネタニ*フ); insertions are left out because they are
        // mostly real word formation (パートナー/パートナーズ). Two spellings written in one segment are two names.
        var byWildcard = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var key in byKey.Keys.Where(k => k.Length >= options.MinimumNearSpellingKeyLength))
        {
            for (var i = 1; i < key.Length; i++)
            {
                var wildcard = string.Concat(key.AsSpan(0, i), "*", key.AsSpan(i + 1));
                if (!byWildcard.TryGetValue(wildcard, out var keys))
                {
                    keys = [];
                    byWildcard[wildcard] = keys;
                }

                keys.Add(key);
            }
        }

        var segmentsOf = memory.KatakanaBySegment
            .GroupBy(w => w.Word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(w => w.Where).ToHashSet(), StringComparer.Ordinal);
        foreach (var (wildcard, keys) in byWildcard.Where(kv => kv.Value.Count > 1))
        {
            var texts = keys.SelectMany(k => byKey[k]).ToList();
            var sideBySide = texts.Any(a => texts.Any(b => a != b && segmentsOf[a].Overlaps(segmentsOf[b])));
            if (!sideBySide && !texts.All(alreadyReported.Contains))
            {
                clusters.Add(Cluster(null, TermClusterKind.KatakanaNearSpelling, texts, katakana, $"one sound apart: {wildcard}"));
            }
        }
    }

    /// <summary>
    /// <see cref="KatakanaKey"/> of the word without its small ッ: a doubled consonant is written or not
    /// (キッシンジャー/キシンジャー, ゴシック/ゴシク) as often as a long vowel.
    /// </summary>
    private static string SpellingKey(string word) => KatakanaKey.Of(word.Replace("ッ", string.Empty, StringComparison.Ordinal));

    /// <summary>English names and the katakana words of their pairs with the same consonant skeleton.</summary>
    private void NameClusters(Memory memory, List<TermCluster> clusters)
    {
        var renderings = new Dictionary<string, Occurrences>(StringComparer.Ordinal);
        for (var p = 0; p < memory.EnglishNames.Count; p++)
        {
            if (memory.EnglishNames[p].Count == 0)
            {
                continue;
            }

            var words = memory.KatakanaOfPair[p];
            foreach (var (name, skeleton) in memory.EnglishNames[p])
            {
                foreach (var (word, where) in words.Where(w => w.Word.Length >= 3 && ConsonantSkeleton.FromKatakana(w.Word) == skeleton))
                {
                    if (!renderings.TryGetValue(name, out var found))
                    {
                        found = new Occurrences();
                        renderings[name] = found;
                    }

                    found.Add(word, where);
                }
            }
        }

        foreach (var (name, found) in renderings)
        {
            var texts = found.Texts.ToList();
            if (texts.Count > 1)
            {
                clusters.Add(Cluster(name, TermClusterKind.NameSpelling, texts, found, $"transliterates \"{name}\""));
            }
        }
    }

    private HashSet<string> ConnectorClusters(Memory memory, List<TermCluster> clusters)
    {
        var kanji = memory.Kanji;
        var forms = new Occurrences();
        var connectorsByKey = new Dictionary<(string Stem, string Head), HashSet<string>>();
        void AddForm(string text, string stem, string connector, string head, IEnumerable<TermLocation> where)
        {
            var key = (stem, StripSuffix(head));
            if (!connectorsByKey.TryGetValue(key, out var connectors))
            {
                connectors = new HashSet<string>(StringComparer.Ordinal);
                connectorsByKey[key] = connectors;
            }

            connectors.Add(connector);
            foreach (var location in where)
            {
                forms.Add(text, location, key);
            }
        }

        foreach (var run in kanji.Texts)
        {
            foreach (var (stem, connector, head) in InnerSplits(run))
            {
                AddForm(run, stem, connector, head, kanji.LocationsOf(run));
            }
        }

        foreach (var phrase in memory.Phrases)
        {
            AddForm(phrase.Text, phrase.Stem, phrase.Connector, phrase.Head, [phrase.Where]);
        }

        // The bare compound (取引抑止) is a variant of a seeded stem and head too.
        foreach (var (stem, head) in connectorsByKey.Keys.ToList())
        {
            foreach (var bare in options.CompoundSuffixes.Select(s => stem + head + s).Prepend(stem + head).Where(kanji.Contains))
            {
                AddForm(bare, stem, string.Empty, bare[stem.Length..], kanji.LocationsOf(bare));
            }
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, connectors) in connectorsByKey.Where(kv => kv.Value.Count > 1))
        {
            var texts = forms.TextsWithKey(key);
            reported.UnionWith(texts);
            clusters.Add(Cluster(null, TermClusterKind.CompoundConnector, texts, forms, $"shared stem: {key.Stem} … {key.Item2}"));
        }

        return reported;
    }

    private IEnumerable<(string Stem, string Connector, string Head)> InnerSplits(string run)
    {
        var minimum = options.MinimumCompoundPartLength;
        for (var k = minimum; k < run.Length - minimum; k++)
        {
            var connector = run[k].ToString();
            if (options.InnerConnectors.Contains(connector))
            {
                yield return (run[..k], connector, run[(k + 1)..]);
            }
        }
    }

    private string StripSuffix(string head)
    {
        foreach (var suffix in options.CompoundSuffixes)
        {
            if (head.Length - suffix.Length >= options.MinimumCompoundPartLength && head.EndsWith(suffix, StringComparison.Ordinal))
            {
                return head[..^suffix.Length];
            }
        }

        return head;
    }

    private void SuffixClusters(Occurrences kanji, HashSet<string> alreadyReported, List<TermCluster> clusters)
    {
        foreach (var baseForm in kanji.Texts.Where(t => t.Length >= options.MinimumSuffixBaseLength).ToList())
        {
            var suffixes = options.CompoundSuffixes.Where(s => kanji.Contains(baseForm + s)).ToList();
            var texts = suffixes.Select(s => baseForm + s).Prepend(baseForm).ToList();
            if (texts.Count > 1 && !texts.All(alreadyReported.Contains))
            {
                clusters.Add(Cluster(null, TermClusterKind.CompoundSuffix, texts, kanji, $"with and without {string.Join(", ", suffixes)}"));
            }
        }
    }

    /// <summary>
    /// One modifier with two heads the dictionary gives one meaning (通常 + 兵力/戦力), both in one document: the
    /// translator named one idea two ways. Heads that only share a modifier (通常兵器 "weapons"/通常兵力 "forces") differ.
    /// </summary>
    private void SharedStemClusters(Occurrences kanji, List<TermCluster> clusters)
    {
        var minimum = options.MinimumCompoundPartLength;
        var byStem = new Dictionary<string, List<(string Run, string Head)>>(StringComparer.Ordinal);
        foreach (var run in kanji.Texts.Where(t => t.Length >= 2 * minimum))
        {
            for (var k = minimum; k <= run.Length - minimum; k++)
            {
                var head = run[k..];
                if (dictionary!.GlossesOf(head).Count == 0)
                {
                    continue;
                }

                if (!byStem.TryGetValue(run[..k], out var list))
                {
                    list = [];
                    byStem[run[..k]] = list;
                }

                list.Add((run, head));
            }
        }

        // Heads linked by a shared meaning form one family per stem (池田屋 + 事件/事変/騒動).
        foreach (var (stem, heads) in byStem.Where(kv => kv.Value.Count > 1))
        {
            var family = Enumerable.Range(0, heads.Count).ToArray();
            int Root(int i) => family[i] == i ? i : family[i] = Root(family[i]);
            var links = new List<(int A, int B, string Text)>();
            for (var i = 0; i < heads.Count; i++)
            {
                for (var j = i + 1; j < heads.Count; j++)
                {
                    var (a, b) = (heads[i], heads[j]);
                    if (a.Head.StartsWith(b.Head, StringComparison.Ordinal) || b.Head.StartsWith(a.Head, StringComparison.Ordinal)
                        || !ShareDocument(kanji, a.Run, b.Run) || SharedMeaning(a.Head, b.Head) is not { } meaning)
                    {
                        continue;
                    }

                    family[Root(j)] = Root(i);
                    links.Add((i, j, $"{a.Head} ~ {b.Head}: {meaning}"));
                }
            }

            foreach (var group in links.GroupBy(l => Root(l.A)))
            {
                var members = group.SelectMany(l => new[] { heads[l.A].Run, heads[l.B].Run }).Distinct(StringComparer.Ordinal).ToList();
                var cluster = Cluster(null, TermClusterKind.SharedStem, members, kanji, $"shared stem: {stem}; {string.Join("; ", group.Select(l => l.Text))}");
                var shortForms = group.All(l => IsShortForm(heads[l.A].Head, heads[l.B].Head));
                clusters.Add(shortForms ? cluster with { Score = Math.Round(Math.Max(0, cluster.Score - options.ShortFormHeadPenalty), 3) } : cluster);
            }
        }
    }

    /// <summary>Whether one head is the other with a modifier in front (軍事作戦 / 作戦).</summary>
    private static bool IsShortForm(string a, string b) =>
        a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal);

    /// <summary>
    /// A katakana word and a kanji word whose first dictionary glosses are the same (ヨーロッパ/欧州 "Europe"), both in
    /// one document: a house style writes one. Every katakana spelling of the kanji word's gloss joins one family
    /// (欧州 / ヨーロッパ / ヨーロパ: the full JMdict keeps old spellings as readings). Kanji–kanji pairs are left out:
    /// sharing a first gloss they are mostly near-synonyms with their own uses (国家/国).
    /// </summary>
    private void SynonymClusters(Occurrences katakana, Memory memory, List<TermCluster> clusters)
    {
        var families = new Dictionary<(string Form, string Gloss), List<string>>();
        foreach (var word in katakana.Texts.Where(w => w.Length >= 2))
        {
            var glosses = dictionary!.GlossesOf(word);
            if (glosses.Count == 0)
            {
                continue;
            }

            var gloss = glosses[0];
            foreach (var form in dictionary.FormsWithGloss(gloss).Where(f => f.Length >= 2 && f.All(JapaneseChars.IsKanji)))
            {
                var formGlosses = dictionary.GlossesOf(form);
                if (formGlosses.Count > 0 && string.Equals(formGlosses[0], gloss, StringComparison.OrdinalIgnoreCase))
                {
                    if (!families.TryGetValue((form, gloss), out var words))
                    {
                        words = [];
                        families[(form, gloss)] = words;
                    }

                    words.Add(word);
                }
            }
        }

        foreach (var ((form, gloss), words) in families)
        {
            var occurrences = new Occurrences();
            foreach (var word in words)
            {
                foreach (var location in katakana.LocationsOf(word))
                {
                    occurrences.Add(word, location);
                }
            }

            foreach (var (where, text) in memory.Segments)
            {
                for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + form.Length, StringComparison.Ordinal))
                {
                    occurrences.Add(form, where);
                }
            }

            var sharing = words.Where(word => occurrences.Contains(form) && ShareDocument(occurrences, word, form)).ToList();
            if (sharing.Count > 0)
            {
                var meaning = WithoutNotes(gloss);
                var cluster = Cluster(null, TermClusterKind.Synonym, [.. sharing, form], occurrences, $"gloss: {meaning}");
                clusters.Add(meaning.Length > 0 && char.IsUpper(meaning[0]) ? cluster : cluster with { Score = Math.Round(Math.Max(0, cluster.Score - options.CommonNounSynonymPenalty), 3) });
            }
        }
    }

    /// <summary>A gloss without its parenthesised notes: "(United States of) America" → "America".</summary>
    private static string WithoutNotes(string gloss) => Notes().Replace(gloss, string.Empty).Trim();

    private static bool ShareDocument(Occurrences occurrences, string a, string b) =>
        occurrences.LocationsOf(a).Select(l => l.Document).Intersect(occurrences.LocationsOf(b).Select(l => l.Document), StringComparer.Ordinal).Any();

    /// <summary>
    /// The meaning two dictionary heads share: an identical gloss, or, for heads of one kind (the same last kanji:
    /// Japanese compounds are head-final, 兵力/戦力 are both 力), enough content words among their glosses.
    /// </summary>
    private string? SharedMeaning(string a, string b)
    {
        var glossesA = dictionary!.GlossesOf(a);
        var glossesB = dictionary.GlossesOf(b);
        if (glossesA.Intersect(glossesB, StringComparer.OrdinalIgnoreCase).FirstOrDefault() is { } same)
        {
            return same;
        }

        if (a[^1] != b[^1])
        {
            return null;
        }

        var shared = GlossWords(glossesA).Intersect(GlossWords(glossesB), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return shared.Count >= options.MinimumHeadGlossOverlap ? string.Join(", ", shared) : null;
    }

    private static HashSet<string> GlossWords(IReadOnlyList<string> glosses) =>
        new(glosses.Take(4)
            .SelectMany(g => EnglishTermNormalizer.Normalize(g).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 3 && !GlossStopWords.Contains(w)), StringComparer.Ordinal);

    private void EnglishRenderingClusters(Memory memory, List<TermCluster> clusters)
    {
        var englishTerms = memory.EnglishTerms;
        var japaneseTerms = memory.JapaneseTerms;
        var pairsByEnglish = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var japaneseFrequency = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var p = 0; p < englishTerms.Count; p++)
        {
            foreach (var term in englishTerms[p])
            {
                if (!pairsByEnglish.TryGetValue(term, out var list))
                {
                    list = [];
                    pairsByEnglish[term] = list;
                }

                list.Add(p);
            }

            if (englishTerms[p].Count > 0)
            {
                foreach (var japanese in japaneseTerms[p])
                {
                    japaneseFrequency[japanese] = japaneseFrequency.GetValueOrDefault(japanese) + memory.Weights[p];
                }
            }
        }

        // Longer English terms first, so "existential deterrence" rather than "existential" names a rendering pair.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (term, pairIndices) in pairsByEnglish
            .Where(kv => kv.Value.Count >= options.MinimumEnglishTermPairs)
            .OrderByDescending(kv => kv.Key.Count(c => c == ' '))
            .ThenBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var first = BestRendering(pairIndices, memory, japaneseFrequency);
            if (first is null)
            {
                continue;
            }

            var without = pairIndices.Where(p => !japaneseTerms[p].Contains(first)).ToList();
            var second = BestRendering(without, memory, japaneseFrequency);
            if (second is null || first.Contains(second, StringComparison.Ordinal) || second.Contains(first, StringComparison.Ordinal)
                || !reported.Add(string.CompareOrdinal(first, second) < 0 ? $"{first}|{second}" : $"{second}|{first}"))
            {
                continue;
            }

            var occurrences = new Occurrences();
            foreach (var text in new[] { first, second })
            {
                foreach (var p in (text == first ? pairIndices : without).Where(p => japaneseTerms[p].Contains(text)))
                {
                    occurrences.Add(text, memory.PairLocations[p]);
                }
            }

            var surface = memory.EnglishSurface[term];
            var oneKanjiApart = OneKanjiApart(first, second);
            var confirmed = oneKanjiApart || (dictionary is not null && Renders(surface, first) && Renders(surface, second));
            var evidence = oneKanjiApart ? $"English \"{surface}\"; one kanji apart"
                : confirmed ? $"English \"{surface}\"; both in the dictionary"
                : $"English \"{surface}\"; co-occurrence only";
            var cluster = Cluster(surface, TermClusterKind.EnglishRendering, [first, second], occurrences, evidence);
            clusters.Add(confirmed ? cluster : cluster with { Score = Math.Round(Math.Max(0, cluster.Score - options.UnconfirmedRenderingPenalty), 3) });
        }
    }

    /// <summary>
    /// Two renderings of one length that differ in one kanji other than the last (新選組/新撰組): a spelling variant
    /// of one name. A different last kanji is a different kind of thing (京都駅 "station"/京都間 "between").
    /// </summary>
    private static bool OneKanjiApart(string a, string b)
    {
        if (a.Length != b.Length || a.Length < 2 || a[^1] != b[^1])
        {
            return false;
        }

        var differences = 0;
        for (var i = 0; i < a.Length; i++)
        {
            differences += a[i] == b[i] ? 0 : 1;
        }

        return differences == 1 && a.All(JapaneseChars.IsKanji) && b.All(JapaneseChars.IsKanji);
    }

    /// <summary>Whether a dictionary gloss of <paramref name="japanese"/> shares a content word with the English term.</summary>
    private bool Renders(string english, string japanese)
    {
        var words = GlossWords([english]);
        return GlossWords(dictionary!.GlossesOf(japanese)).Overlaps(words);
    }

    private string? BestRendering(List<int> pairIndices, Memory memory, Dictionary<string, double> japaneseFrequency)
    {
        var counts = new Dictionary<string, (int Pairs, double Weight)>(StringComparer.Ordinal);
        foreach (var p in pairIndices)
        {
            foreach (var japanese in memory.JapaneseTerms[p])
            {
                var (pairs, weight) = counts.GetValueOrDefault(japanese);
                counts[japanese] = (pairs + 1, weight + memory.Weights[p]);
            }
        }

        return counts
            .Where(kv => kv.Value.Pairs >= options.MinimumRenderingPairs
                && kv.Value.Weight >= options.MinimumRenderingPairs * options.MinimumRenderingEvidence
                && kv.Value.Weight / japaneseFrequency[kv.Key] >= options.MinimumRenderingSpecificity)
            .OrderByDescending(kv => kv.Value.Weight)
            .ThenByDescending(kv => kv.Key.Length)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key)
            .FirstOrDefault();
    }

    private TermCluster Cluster(string? source, TermClusterKind kind, IEnumerable<string> texts, Occurrences occurrences, string evidence)
    {
        var variants = texts.Distinct(StringComparer.Ordinal)
            .Select(text => new TermVariant(text, occurrences.LocationsOf(text).Count, occurrences.LocationsOf(text)))
            .OrderByDescending(v => v.Count)
            .ThenBy(v => v.Text, StringComparer.Ordinal)
            .ToList();
        var total = variants.Sum(v => v.Count);
        var minorityShare = total == 0 ? 0 : (double)(total - variants[0].Count) / total;
        var documentsPerVariant = variants.Select(v => v.Locations.Select(l => l.Document).ToHashSet(StringComparer.Ordinal)).ToList();
        var mixedDocuments = documentsPerVariant.SelectMany(d => d).Distinct(StringComparer.Ordinal)
            .Count(d => documentsPerVariant.Count(v => v.Contains(d)) > 1);
        var score = options.BaseScore(kind) - (options.MinorityPenalty * minorityShare);
        if (mixedDocuments > 0)
        {
            score += options.SameDocumentBonus;
        }
        else if (kind is TermClusterKind.CompoundSuffix or TermClusterKind.Synonym or TermClusterKind.SharedStem)
        {
            score -= options.CrossDocumentOnlyPenalty;
        }

        var documents = documentsPerVariant.SelectMany(d => d).Distinct(StringComparer.Ordinal).Count();
        var where = mixedDocuments > 0
            ? string.Create(CultureInfo.InvariantCulture, $"mixed in {mixedDocuments} of {documents} document(s)")
            : string.Create(CultureInfo.InvariantCulture, $"each of {documents} document(s) consistent");
        return new TermCluster(source, kind, variants, Math.Round(Math.Clamp(score, 0, 1), 3), $"{evidence}; {where}");
    }

    /// <summary>
    /// One cluster per set of variants: a family found by several kinds of evidence keeps the best-scored cluster,
    /// with the English source and evidence of the others, and the English confirmation bonus.
    /// </summary>
    private IEnumerable<TermCluster> Deduplicated(List<TermCluster> clusters)
    {
        foreach (var group in clusters.GroupBy(c => string.Join('|', c.Variants.Select(v => v.Text).Order(StringComparer.Ordinal)), StringComparer.Ordinal))
        {
            var best = group.OrderByDescending(c => c.Score).First();
            if (group.Count() == 1)
            {
                yield return best;
                continue;
            }

            var others = group.Where(c => !ReferenceEquals(c, best)).ToList();
            var englishConfirmed = best.Source is null && others.Any(c => c.Source is not null);
            yield return best with
            {
                Source = best.Source ?? others.Select(c => c.Source).FirstOrDefault(s => s is not null),
                Score = englishConfirmed ? Math.Round(Math.Min(1, best.Score + options.EnglishConfirmationBonus), 3) : best.Score,
                Evidence = string.Join("; also ", others.Select(c => c.Evidence).Prepend(best.Evidence)),
            };
        }
    }

    [GeneratedRegex(@"\b[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Notes();

    /// <summary>What one pass over the pairs collects.</summary>
    private sealed class Memory
    {
        public List<(string Run, TermLocation Where, int Pair)> KatakanaRuns { get; } = [];

        public List<(TermLocation Where, string Word)> KatakanaBySegment { get; } = [];

        public List<(TermLocation Where, string Text)> Segments { get; } = [];

        public Occurrences Kanji { get; } = new();

        public List<(string Text, string Stem, string Connector, string Head, TermLocation Where)> Phrases { get; } = [];

        public List<IReadOnlyList<string>> EnglishTerms { get; } = [];

        public List<List<(string Name, string Skeleton)>> EnglishNames { get; } = [];

        public List<HashSet<string>> JapaneseTerms { get; } = [];

        public List<double> Weights { get; } = [];

        public Dictionary<string, string> EnglishSurface { get; } = new(StringComparer.Ordinal);

        public List<TermLocation> PairLocations { get; } = [];

        /// <summary>The katakana words of each pair, split like the memory's words, where they are.</summary>
        public List<List<(string Word, TermLocation Where)>> KatakanaOfPair { get; } = [];
    }
}
