using System.Text.RegularExpressions;
using Workbench.Core.Documents;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Terminology;

/// <summary>
/// Finds terms written inconsistently without a glossary: Japanese variant clusters from the Japanese alone
/// (known old/new place spellings, katakana spellings, compound connectors and suffixes) and English terms rendered
/// by different Japanese terms across aligned pairs (co-occurrence statistics). Clusters are ranked by score.
/// </summary>
public sealed class TermInconsistencyDetector
{
    private readonly TermDetectionOptions options;
    private readonly Regex connectorPhrase;

    public TermInconsistencyDetector(TermDetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        connectorPhrase = JapaneseTermOccurrences.ConnectorPhrase(options.PhraseConnectors, options.MinimumCompoundPartLength);
    }

    public IReadOnlyList<TermCluster> Detect(IEnumerable<AlignedPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var katakanaRuns = new List<(string Run, TermLocation Where, int Pair)>();
        var kanji = new Occurrences();
        var phrases = new List<(string Text, string Stem, string Connector, string Head, TermLocation Where)>();
        var englishTerms = new List<IReadOnlyList<string>>();
        var japaneseTerms = new List<HashSet<string>>();
        var englishSurface = new Dictionary<string, string>(StringComparer.Ordinal);
        var pairLocations = new List<TermLocation>();
        foreach (var pair in pairs)
        {
            var pairIndex = japaneseTerms.Count;
            var terms = new HashSet<string>(StringComparer.Ordinal);
            foreach (var segment in pair.Japanese)
            {
                var where = new TermLocation(pair.Document, segment.Index);
                var normalized = JapaneseNormalizer.NormalizeTerm(segment.Text);
                katakanaRuns.AddRange(JapaneseTermOccurrences.KatakanaRuns(normalized).Select(run => (run, where, pairIndex)));
                foreach (var run in JapaneseTermOccurrences.KanjiRuns(normalized))
                {
                    kanji.Add(run, where);
                    terms.Add(run);
                }

                foreach (Match match in connectorPhrase.Matches(normalized))
                {
                    phrases.Add((match.Value, match.Groups["stem"].Value, match.Groups["connector"].Value, match.Groups["head"].Value, where));
                }
            }

            japaneseTerms.Add(terms);
            pairLocations.Add(new TermLocation(pair.Document, pair.Japanese.Count > 0 ? pair.Japanese[0].Index : pair.Link.Bead.JaStart));
            englishTerms.Add(pair.English.Count > 0 && pair.Japanese.Count > 0
                ? KeptInLatinScriptRemoved(EnglishTermCandidates.Extract(pair.EnglishText, englishSurface), englishSurface, pair.JapaneseText)
                : []);
        }

        var katakana = SplitKatakana(katakanaRuns, japaneseTerms);
        var clusters = new List<TermCluster>();
        var known = KnownSpellingClusters(katakana, clusters);
        KatakanaClusters(katakana, known, clusters);
        var inConnectorClusters = ConnectorClusters(kanji, phrases, clusters);
        SuffixClusters(kanji, inConnectorClusters, clusters);
        EnglishRenderingClusters(englishTerms, japaneseTerms, pairLocations, englishSurface, clusters);
        return [.. clusters.OrderByDescending(c => c.Score).ThenByDescending(c => c.Variants.Sum(v => v.Count)).ThenBy(c => c.Variants[0].Text, StringComparer.Ordinal)];
    }

    /// <summary>
    /// A term the translation keeps in Latin script (NATO, New START) is rendered as itself: the kanji it co-occurs
    /// with are other words of the sentence, not competing renderings.
    /// </summary>
    private static List<string> KeptInLatinScriptRemoved(IReadOnlyList<string> terms, Dictionary<string, string> englishSurface, string japanese)
    {
        var normalized = JapaneseNormalizer.NormalizeTerm(japanese);
        return [.. terms.Where(term => !normalized.Contains(englishSurface[term], StringComparison.OrdinalIgnoreCase))];
    }

    private Occurrences SplitKatakana(List<(string Run, TermLocation Where, int Pair)> runs, List<HashSet<string>> japaneseTerms)
    {
        var knownWords = new HashSet<string>(runs.Select(r => r.Run), StringComparer.Ordinal);
        foreach (var (old, current) in options.KnownSpellings)
        {
            knownWords.Add(old);
            knownWords.Add(current);
        }

        var words = new Occurrences();
        foreach (var (run, where, pair) in runs)
        {
            foreach (var word in JapaneseTermOccurrences.SplitCompound(run, knownWords))
            {
                words.Add(word, where);
                japaneseTerms[pair].Add(word);
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
            clusters.Add(Cluster(null, TermClusterKind.KnownSpelling, texts, katakana));
        }

        return reported;
    }

    private void KatakanaClusters(Occurrences katakana, HashSet<string> alreadyReported, List<TermCluster> clusters)
    {
        var byKey = katakana.Texts
            .Select(text => (Text: text, Key: KatakanaKey.Of(text)))
            .Where(w => w.Key.Length >= options.MinimumKatakanaKeyLength)
            .GroupBy(w => w.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(w => w.Text).ToList(), StringComparer.Ordinal);
        foreach (var (_, texts) in byKey)
        {
            if (texts.Count > 1 && !texts.All(alreadyReported.Contains))
            {
                clusters.Add(Cluster(null, TermClusterKind.KatakanaSpelling, texts, katakana));
            }
        }

        // Keys one substitution apart share a wildcard form (ネタニ*フ); insertions are left out because they are
        // mostly real word formation (パートナー/パートナーズ).
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

        foreach (var keys in byWildcard.Values.Where(k => k.Count > 1))
        {
            var texts = keys.SelectMany(k => byKey[k]).ToList();
            if (!texts.All(alreadyReported.Contains))
            {
                clusters.Add(Cluster(null, TermClusterKind.KatakanaNearSpelling, texts, katakana));
            }
        }
    }

    private HashSet<string> ConnectorClusters(Occurrences kanji, List<(string Text, string Stem, string Connector, string Head, TermLocation Where)> phrases, List<TermCluster> clusters)
    {
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

        foreach (var phrase in phrases)
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
            clusters.Add(Cluster(null, TermClusterKind.CompoundConnector, texts, forms));
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
            var texts = options.CompoundSuffixes.Select(s => baseForm + s).Where(kanji.Contains).Prepend(baseForm).ToList();
            if (texts.Count > 1 && !texts.All(alreadyReported.Contains))
            {
                clusters.Add(Cluster(null, TermClusterKind.CompoundSuffix, texts, kanji));
            }
        }
    }

    private void EnglishRenderingClusters(List<IReadOnlyList<string>> englishTerms, List<HashSet<string>> japaneseTerms, List<TermLocation> pairLocations, Dictionary<string, string> englishSurface, List<TermCluster> clusters)
    {
        var pairsByEnglish = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var japaneseFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
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
                    japaneseFrequency[japanese] = japaneseFrequency.GetValueOrDefault(japanese) + 1;
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
            var first = BestRendering(pairIndices, japaneseTerms, japaneseFrequency);
            if (first is null)
            {
                continue;
            }

            var without = pairIndices.Where(p => !japaneseTerms[p].Contains(first)).ToList();
            var second = BestRendering(without, japaneseTerms, japaneseFrequency);
            if (second is null || first.Contains(second, StringComparison.Ordinal) || second.Contains(first, StringComparison.Ordinal)
                || !reported.Add(string.CompareOrdinal(first, second) < 0 ? $"{first}|{second}" : $"{second}|{first}"))
            {
                continue;
            }

            var variants = new[] { first, second }.Select(text =>
            {
                var locations = (text == first ? pairIndices : without)
                    .Where(p => japaneseTerms[p].Contains(text))
                    .Select(p => pairLocations[p])
                    .ToList();
                return new TermVariant(text, locations.Count, locations);
            }).ToList();
            clusters.Add(new TermCluster(englishSurface[term], TermClusterKind.EnglishRendering, variants, options.BaseScore(TermClusterKind.EnglishRendering)));
        }
    }

    private string? BestRendering(List<int> pairIndices, List<HashSet<string>> japaneseTerms, Dictionary<string, int> japaneseFrequency)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in pairIndices)
        {
            foreach (var japanese in japaneseTerms[p])
            {
                counts[japanese] = counts.GetValueOrDefault(japanese) + 1;
            }
        }

        return counts
            .Where(kv => kv.Value >= options.MinimumRenderingPairs
                && (double)kv.Value / japaneseFrequency[kv.Key] >= options.MinimumRenderingSpecificity)
            .OrderByDescending(kv => kv.Value)
            .ThenByDescending(kv => kv.Key.Length)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key)
            .FirstOrDefault();
    }

    private TermCluster Cluster(string? source, TermClusterKind kind, IEnumerable<string> texts, Occurrences occurrences)
    {
        var variants = texts.Distinct(StringComparer.Ordinal)
            .Select(text => new TermVariant(text, occurrences.LocationsOf(text).Count, occurrences.LocationsOf(text)))
            .OrderByDescending(v => v.Count)
            .ThenBy(v => v.Text, StringComparer.Ordinal)
            .ToList();
        var total = variants.Sum(v => v.Count);
        var minorityShare = total == 0 ? 0 : (double)(total - variants[0].Count) / total;
        var documentsPerVariant = variants.Select(v => v.Locations.Select(l => l.Document).ToHashSet(StringComparer.Ordinal)).ToList();
        var sharedDocument = documentsPerVariant.Skip(1).Any(d => d.Overlaps(documentsPerVariant[0]));
        var score = options.BaseScore(kind) - (options.MinorityPenalty * minorityShare) + (sharedDocument ? options.SameDocumentBonus : 0);
        return new TermCluster(source, kind, variants, Math.Round(Math.Clamp(score, 0, 1), 3));
    }
}
