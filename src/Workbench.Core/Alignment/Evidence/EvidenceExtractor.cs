using System.Collections.Concurrent;
using System.Globalization;
using Workbench.Core.Alignment.Readings;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Alignment.Evidence;

/// <summary>Turns the sentences of both sides into <see cref="DocumentEvidence"/>.</summary>
internal sealed class EvidenceExtractor
{
    // Keys are numbered in order of first use, sentence by sentence in document order, and the order of the key ids
    // fixes the order in which pair values sum their weights: it must not depend on threads. So each side is read in
    // two passes. The parallel pass reads each sentence on its own — its words and tokens (named once per distinct
    // form), the keys whose ids are fixed already (lexicon, glossary, kanji readings, Japanese seen in the English) —
    // and the sequential pass numbers the named keys in document order, which is cheap: a form's keys are numbered
    // once, on its first use.

    /// <summary>
    /// What one English word form brings, named in the parallel pass; <see cref="Keys"/> is numbered on its first use.
    /// </summary>
    private sealed class EnglishWord(string stem, bool isContentWord, int lexiconKey, string? latin, string? skeleton, string[] readings)
    {
        public string Stem { get; } = stem;

        public bool IsContentWord { get; } = isContentWord;

        /// <summary>The lexicon's key of the stem, or -1.</summary>
        public int LexiconKey { get; } = lexiconKey;

        /// <summary>The lower-cased word of a Latin-letter form, or null.</summary>
        public string? Latin { get; } = latin;

        /// <summary>The consonant skeleton when long enough to be a key, or null.</summary>
        public string? Skeleton { get; } = skeleton;

        /// <summary>Romaji match keys, in the order they are added (each part of a hyphenated word, then the whole).</summary>
        public string[] Readings { get; } = readings;

        /// <summary>Stop words: no keys, no stem.</summary>
        public bool IsEmpty => LexiconKey < 0 && Latin is null;

        public int[]? Keys { get; set; }
    }

    /// <summary>A key named in the parallel pass (a Japanese Latin token or transliteration), numbered on its first use.</summary>
    private sealed class NamedKey(string name, double weight)
    {
        public string Name { get; } = name;

        public double Weight { get; } = weight;

        public int Id { get; set; } = -1;
    }

    /// <summary>A sentence's reading by the parallel pass.</summary>
    private readonly record struct EnglishReading(decimal[] Numbers, EnglishWord[] Words, int[] Fixed, Punctuation Punctuation);

    private readonly record struct JapaneseReading(decimal[] Numbers, NamedKey[] Named, int[] Fixed, Punctuation Punctuation);

    [Flags]
    private enum Punctuation : byte
    {
        None = 0,
        Question = 1,
        Quote = 2,
        Bracket = 4,
    }

    private readonly AlignerOptions options;
    private readonly LexiconIndex lexicon;
    private readonly Dictionary<string, int> documentKeys = new(StringComparer.Ordinal);
    private readonly List<double> weights;
    private readonly JapanesePhraseMatcher embeddedJapanese = new();
    private readonly HashSet<string> englishSkeletons = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EnglishWord> wordCache = new(StringComparer.Ordinal);

    /// <summary>Formatting a decimal is slow and numbers recur: each value's key is looked up once.</summary>
    private readonly Dictionary<decimal, int> numberKeys = [];

    /// <summary>Latin tokens of the Japanese side: tokens recur, and lower-casing them allocates.</summary>
    private readonly ConcurrentDictionary<string, NamedKey> latinTokenKeys = new(StringComparer.Ordinal);

    /// <summary>Katakana words and their skeleton keys (null: too short): the fuzzy match of a skeleton is slow, and words recur.</summary>
    private readonly ConcurrentDictionary<string, NamedKey?> transliterationKeys = new(StringComparer.Ordinal);

    /// <summary>Romaji match keys of the English words that look like romanised Japanese (Kishida, OKITA, Ise).</summary>
    private readonly HashSet<string> englishReadings = new(StringComparer.Ordinal);

    /// <summary>Set once the English side is read: which of its romaji the kanji names of the Japanese side spell.</summary>
    private KanjiReadingMatcher? kanjiReadings;

    private readonly List<int> keyBuffer = [];

    private EvidenceExtractor(AlignerOptions options, LexiconIndex lexicon)
    {
        this.options = options;
        this.lexicon = lexicon;
        weights = [.. lexicon.Weights];
    }

    public static DocumentEvidence Extract(IReadOnlyList<string> english, IReadOnlyList<string> japanese, AlignerOptions options, LexiconIndex lexicon)
    {
        var extractor = new EvidenceExtractor(options, lexicon);
        var englishKeys = new int[english.Count][];
        var englishStems = new string[english.Count][];
        var englishLengths = new int[english.Count];
        var englishSentences = new int[english.Count];
        var englishKinds = new LineKind[english.Count];
        var englishGluedHeadings = new bool[english.Count];
        ForEachBlock(english.Count, () => new SentenceScratch(), (i, scratch) =>
        {
            var text = english[i] ?? "";
            englishLengths[i] = CountVisible(text);
            englishSentences[i] = CountEnglishSentences(text);
            englishKinds[i] = LineKinds.Of(text);
            englishGluedHeadings[i] = GluedHeading.StartsEnglish(text);
            return extractor.ReadEnglish(text, scratch, out englishStems[i]);
        }, (i, reading) => englishKeys[i] = extractor.EnglishKeys(english[i] ?? "", reading));

        var fuzzy = new SkeletonNeighbours(extractor.englishSkeletons, options.FuzzySkeletonLength);
        extractor.StartKanjiReadings();
        var japaneseKeys = new int[japanese.Count][];
        var japaneseTexts = new string[japanese.Count];
        var japaneseLengths = new int[japanese.Count];
        var japaneseSentences = new int[japanese.Count];
        var japaneseKinds = new LineKind[japanese.Count];
        ForEachBlock(japanese.Count, () => new SentenceScratch(), (j, scratch) =>
        {
            var text = japanese[j] ?? "";
            japaneseTexts[j] = text;
            japaneseLengths[j] = CountVisible(text);
            japaneseSentences[j] = CountJapaneseSentences(text);
            japaneseKinds[j] = LineKinds.Of(text);
            return extractor.ReadJapanese(text, fuzzy, scratch);
        }, (j, reading) => japaneseKeys[j] = extractor.JapaneseKeys(reading));

        PruneOneSided(englishKeys, japaneseKeys, extractor.weights.Count);
        extractor.DampFrequentKeys(englishKeys, japaneseKeys);
        return new DocumentEvidence
        {
            EnglishKeys = englishKeys,
            JapaneseKeys = japaneseKeys,
            Weights = extractor.weights,
            EnglishLengths = englishLengths,
            JapaneseLengths = japaneseLengths,
            EnglishSentences = englishSentences,
            EnglishKinds = englishKinds,
            EnglishGluedHeadings = englishGluedHeadings,
            JapaneseKinds = japaneseKinds,
            JapaneseSentences = japaneseSentences,
            GluedLineFraction = GluedFraction(englishSentences, japaneseSentences),
            EnglishEndsUnfinished = english.Count > 0 && !EndsWithSentenceEnd(english[^1] ?? ""),
            EnglishStems = englishStems,
            JapaneseTexts = japaneseTexts,
        };
    }

    /// <summary>Sentences read in parallel before their keys are numbered: few enough that their readings die young.</summary>
    private const int BlockSize = 8192;

    /// <summary>
    /// For each block of sentences: <paramref name="read"/> every sentence on all cores, then <paramref name="number"/>
    /// their keys in document order.
    /// </summary>
    private static void ForEachBlock<TReading>(int count, Func<SentenceScratch> scratch, Func<int, SentenceScratch, TReading> read, Action<int, TReading> number)
    {
        var readings = new TReading[Math.Min(count, BlockSize)];
        for (var from = 0; from < count; from += BlockSize)
        {
            var to = Math.Min(count, from + BlockSize);
            Parallel.For(from, to, scratch, (k, _, local) =>
            {
                readings[k - from] = read(k, local);
                return local;
            }, _ => { });
            for (var k = from; k < to; k++)
            {
                number(k, readings[k - from]);
            }
        }
    }

    /// <summary>Per-thread lists of the parallel passes.</summary>
    private sealed class SentenceScratch
    {
        public List<decimal> Numbers { get; } = [];

        public List<EnglishWord> Words { get; } = [];

        public List<string> Stems { get; } = [];

        public List<NamedKey> Named { get; } = [];

        public List<int> Fixed { get; } = [];
    }

    /// <summary>The parallel pass over an English sentence: its word forms, content stems and fixed-id keys.</summary>
    private EnglishReading ReadEnglish(string text, SentenceScratch scratch, out string[] stems)
    {
        scratch.Numbers.Clear();
        NumberExtractor.English(text, scratch.Numbers);
        var words = scratch.Words;
        var contentStems = scratch.Stems;
        words.Clear();
        contentStems.Clear();
        var cache = wordCache.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            var length = EnglishWords.NextWord(text, ref i);
            if (length == 0)
            {
                break;
            }

            var word = text.AsSpan(i - length, length);
            if (!cache.TryGetValue(word, out var known))
            {
                // Two threads meeting a new form at once read it alike; the first one stored is kept by both.
                known = ReadWord(word);
                known = cache.TryAdd(word, known) ? known : cache[word];
            }

            if (!known.IsEmpty)
            {
                words.Add(known);
            }

            if (known.IsContentWord)
            {
                contentStems.Add(known.Stem);
            }
        }

        var glossary = scratch.Fixed;
        glossary.Clear();
        lexicon.MatchGlossary(text, glossary);
        stems = [.. contentStems];
        return new EnglishReading([.. scratch.Numbers], [.. words], [.. glossary], PunctuationOf(text, '?', '?', "\"“”", "("));
    }

    /// <summary>The sequential pass over an English sentence: its keys, numbered in document order.</summary>
    private int[] EnglishKeys(string text, EnglishReading reading)
    {
        var keys = keyBuffer;
        keys.Clear();
        AddNumbers(reading.Numbers, keys);
        foreach (var word in reading.Words)
        {
            keys.AddRange(word.Keys ?? NumberWord(word));
        }

        keys.AddRange(reading.Fixed);
        AddEmbeddedJapanese(text, keys);
        AddPunctuation(reading.Punctuation, keys);
        return Normalise(keys);
    }

    /// <summary>What one English word form brings; read once per distinct form (words repeat a lot).</summary>
    private EnglishWord ReadWord(ReadOnlySpan<char> word)
    {
        var stem = EnglishWords.Stem(word);
        if (EnglishWords.IsStopWord(stem))
        {
            return new EnglishWord(stem, false, -1, null, null, []);
        }

        var lexiconKey = lexicon.TryGetStemKey(stem, out var key) ? key : -1;
        string? latin = null;
        string? skeleton = null;
        var readings = new List<string>();
        if (char.IsAsciiLetter(word[0]))
        {
            latin = word.ToString().ToLowerInvariant();
            var consonants = ConsonantSkeleton.FromEnglish(word);
            skeleton = consonants.Length >= options.MinSkeletonLength ? consonants : null;
            AddRomajiReadings(word, readings);
        }

        return new EnglishWord(stem, stem.Length >= 3 && char.IsAsciiLetter(word[0]), lexiconKey, latin, skeleton, [.. readings]);
    }

    /// <summary>Numbers a word form's keys on its first use, in the order they have always been numbered.</summary>
    private int[] NumberWord(EnglishWord word)
    {
        var keys = new List<int>(3);
        if (word.LexiconKey >= 0)
        {
            keys.Add(word.LexiconKey);
        }

        if (word.Latin is { } latin)
        {
            keys.Add(Key("l:" + latin, options.LatinTokenWeight));
            if (word.Skeleton is { } skeleton)
            {
                englishSkeletons.Add(skeleton);
                keys.Add(Key("k:" + skeleton, SkeletonWeight(skeleton)));
            }

            foreach (var reading in word.Readings)
            {
                englishReadings.Add(reading);
                keys.Add(Key("r:" + reading, ReadingKeyWeight(reading)));
            }
        }

        word.Keys = [.. keys];
        return word.Keys;
    }

    /// <summary>The parallel pass over a Japanese sentence: its named tokens and its fixed-id keys.</summary>
    private JapaneseReading ReadJapanese(string text, SkeletonNeighbours fuzzy, SentenceScratch scratch)
    {
        var normalized = JapaneseNormalizer.FoldCompatibility(text);
        scratch.Numbers.Clear();
        NumberExtractor.Japanese(normalized, scratch.Numbers);
        var named = scratch.Named;
        named.Clear();
        AddLatinTokens(normalized, named);
        AddTransliterations(text, fuzzy, named);
        var found = scratch.Fixed;
        found.Clear();
        lexicon.Japanese.Match(text, found);
        kanjiReadings?.Match(text, found);
        embeddedJapanese.Match(text, found);
        return new JapaneseReading([.. scratch.Numbers], [.. named], [.. found], PunctuationOf(text, '？', '?', "「『“", "（("));
    }

    /// <summary>The sequential pass over a Japanese sentence: its keys, numbered in document order.</summary>
    private int[] JapaneseKeys(JapaneseReading reading)
    {
        var keys = keyBuffer;
        keys.Clear();
        AddNumbers(reading.Numbers, keys);
        foreach (var token in reading.Named)
        {
            if (token.Id < 0)
            {
                token.Id = Key(token.Name, token.Weight);
            }

            keys.Add(token.Id);
        }

        keys.AddRange(reading.Fixed);
        AddPunctuation(reading.Punctuation, keys);
        return Normalise(keys);
    }

    private void AddNumbers(decimal[] numbers, List<int> keys)
    {
        foreach (var number in numbers)
        {
            var weight = number < options.SmallNumberLimit ? options.SmallNumberWeight : options.NumberWeight;
            if (!numberKeys.TryGetValue(number, out var key))
            {
                key = Key("n:" + number.ToString("0.############", CultureInfo.InvariantCulture), weight);
                numberKeys.Add(number, key);
            }

            keys.Add(key);
        }
    }

    private void AddLatinTokens(string normalized, List<NamedKey> keys)
    {
        var cache = latinTokenKeys.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (EnglishWords.NextWord(normalized, ref i) is var length && length > 0)
        {
            var token = normalized.AsSpan(i - length, length);
            if (!char.IsAsciiLetter(token[0]))
            {
                continue;
            }

            if (!cache.TryGetValue(token, out var key))
            {
                key = new NamedKey("l:" + token.ToString().ToLowerInvariant(), options.LatinTokenWeight);
                key = cache.TryAdd(token, key) ? key : cache[token];
            }

            keys.Add(key);
        }
    }

    /// <summary>Katakana words, and hiragana readings in parentheses, as consonant skeletons.</summary>
    private void AddTransliterations(string text, SkeletonNeighbours fuzzy, List<NamedKey> keys)
    {
        var cache = transliterationKeys.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            var inReading = i > 0 && text[i - 1] is '（' or '(' && JapaneseChars.IsHiragana(text[i]);
            if (!JapaneseChars.IsKatakana(text[i]) && !inReading)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (JapaneseChars.IsKatakana(text[i]) || (inReading && JapaneseChars.IsHiragana(text[i]))))
            {
                i++;
            }

            var word = text.AsSpan(start, i - start);
            if (!cache.TryGetValue(word, out var key))
            {
                key = TransliterationKey(word, fuzzy);
                key = cache.TryAdd(word, key) ? key : cache[word];
            }

            if (key is not null)
            {
                keys.Add(key);
            }
        }
    }

    /// <summary>The key of a katakana word's skeleton (matched to an English one if possible), or null if it is too short.</summary>
    private NamedKey? TransliterationKey(ReadOnlySpan<char> word, SkeletonNeighbours fuzzy)
    {
        var skeleton = ConsonantSkeleton.FromKatakana(word);
        if (skeleton.Length < options.MinSkeletonLength)
        {
            return null;
        }

        var matched = englishSkeletons.Contains(skeleton) ? skeleton : fuzzy.Find(skeleton) ?? skeleton;
        return new NamedKey("k:" + matched, SkeletonWeight(matched));
    }

    /// <summary>
    /// An English word (or each part of a hyphenated one, and the parts joined: Kinkaku-ji) that reads as romanised
    /// Japanese gets the key of its romaji, which kanji names of the Japanese side meet through their readings.
    /// </summary>
    private void AddRomajiReadings(ReadOnlySpan<char> word, List<string> keys)
    {
        if (options.ReadingWeight <= 0)
        {
            return;
        }

        var hyphen = word.IndexOf('-');
        if (hyphen >= 0)
        {
            foreach (var range in word.Split('-'))
            {
                AddRomajiReading(word[range], keys);
            }
        }

        AddRomajiReading(word, keys);
    }

    private void AddRomajiReading(ReadOnlySpan<char> word, List<string> keys)
    {
        if (word.Length == 0 || !HepburnRomaniser.LooksLikeRomaji(word))
        {
            return;
        }

        var key = HepburnRomaniser.MatchKey(word);
        if (key.Length >= options.MinReadingKeyLength)
        {
            keys.Add(key);
        }
    }

    /// <summary>
    /// Prepares the reading evidence of the Japanese side once the English side is read: a kanji name's romaji keys
    /// count only where an English word of the document spells them (and then already have their key, so the
    /// Japanese pass only looks keys up and may run in parallel).
    /// </summary>
    private void StartKanjiReadings()
    {
        if (options.ReadingWeight > 0 && englishReadings.Count > 0)
        {
            kanjiReadings = new KanjiReadingMatcher(
                ReadingTable.Bundled,
                options.MinReadingKeyLength,
                options.MinSingleKanjiReadingKeyLength,
                key => englishReadings.Contains(key) ? documentKeys["r:" + key] : -1);
        }
    }

    /// <summary>Short romaji (Ise, Oki) meet by chance more often, so they weigh less.</summary>
    private double ReadingKeyWeight(string key) =>
        key.Length >= options.FullWeightReadingKeyLength ? options.ReadingWeight : options.ReadingWeight / 2;

    /// <summary>Japanese written inside an English sentence (a name with its kanji) is looked for in the Japanese.</summary>
    private void AddEmbeddedJapanese(string text, List<int> keys)
    {
        var i = 0;
        while (i < text.Length)
        {
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
                var key = Key("j:" + text[start..i], options.EmbeddedJapaneseWeight);
                embeddedJapanese.Add(text[start..i], key);
                keys.Add(key);
            }
        }
    }

    private static Punctuation PunctuationOf(string text, char question, char asciiQuestion, string quotes, string brackets) =>
        (text.Contains(question, StringComparison.Ordinal) || text.Contains(asciiQuestion, StringComparison.Ordinal) ? Punctuation.Question : Punctuation.None)
        | (text.AsSpan().IndexOfAny(quotes) >= 0 ? Punctuation.Quote : Punctuation.None)
        | (text.AsSpan().IndexOfAny(brackets) >= 0 ? Punctuation.Bracket : Punctuation.None);

    private void AddPunctuation(Punctuation punctuation, List<int> keys)
    {
        if (punctuation.HasFlag(Punctuation.Question))
        {
            keys.Add(Key("p:?", options.PunctuationWeight));
        }

        if (punctuation.HasFlag(Punctuation.Quote))
        {
            keys.Add(Key("p:\"", options.PunctuationWeight));
        }

        if (punctuation.HasFlag(Punctuation.Bracket))
        {
            keys.Add(Key("p:(", options.PunctuationWeight));
        }
    }

    /// <summary>Short skeletons (two consonants) collide by chance more often, so they weigh half.</summary>
    private double SkeletonWeight(string skeleton) =>
        skeleton.Length > options.MinSkeletonLength ? options.TransliterationWeight : options.TransliterationWeight / 2;

    private int Key(string name, double weight)
    {
        if (!documentKeys.TryGetValue(name, out var key))
        {
            key = weights.Count;
            weights.Add(weight);
            documentKeys.Add(name, key);
        }

        return key;
    }

    /// <summary>
    /// A key in many sentences (the article's main name, the century everything happens in) says little about which
    /// sentence pairs with which, so its weight shrinks with the log of its sentence frequency.
    /// </summary>
    private void DampFrequentKeys(int[][] englishKeys, int[][] japaneseKeys)
    {
        if (options.FrequentKeyDamping <= 0)
        {
            return;
        }

        var frequency = new int[weights.Count];
        foreach (var side in (int[][][])[englishKeys, japaneseKeys])
        {
            foreach (var keys in side)
            {
                foreach (var key in keys)
                {
                    frequency[key]++;
                }
            }
        }

        for (var key = 0; key < weights.Count; key++)
        {
            if (frequency[key] > 2)
            {
                weights[key] /= 1 + (options.FrequentKeyDamping * Math.Log(frequency[key] / 2.0));
            }
        }
    }

    /// <summary>A key found on one side only can never be shared: dropping it keeps the intersections short.</summary>
    private static void PruneOneSided(int[][] englishKeys, int[][] japaneseKeys, int keyCount)
    {
        var inEnglish = new bool[keyCount];
        var inJapanese = new bool[keyCount];
        foreach (var keys in englishKeys)
        {
            foreach (var key in keys)
            {
                inEnglish[key] = true;
            }
        }

        foreach (var keys in japaneseKeys)
        {
            foreach (var key in keys)
            {
                inJapanese[key] = true;
            }
        }

        Parallel.For(0, englishKeys.Length + japaneseKeys.Length, k =>
        {
            if (k < englishKeys.Length)
            {
                englishKeys[k] = KeepOnly(englishKeys[k], inJapanese);
            }
            else
            {
                japaneseKeys[k - englishKeys.Length] = KeepOnly(japaneseKeys[k - englishKeys.Length], inEnglish);
            }
        });
    }

    /// <summary>The keys the other side has too, in order; the same array when it keeps them all.</summary>
    private static int[] KeepOnly(int[] keys, bool[] onOtherSide)
    {
        var kept = 0;
        foreach (var key in keys)
        {
            kept += onOtherSide[key] ? 1 : 0;
        }

        if (kept == keys.Length)
        {
            return keys;
        }

        var result = new int[kept];
        var n = 0;
        foreach (var key in keys)
        {
            if (onOtherSide[key])
            {
                result[n++] = key;
            }
        }

        return result;
    }

    /// <summary>The distinct keys, sorted.</summary>
    private static int[] Normalise(List<int> keys)
    {
        keys.Sort();
        var distinct = 0;
        for (var k = 0; k < keys.Count; k++)
        {
            distinct += k == 0 || keys[k] != keys[k - 1] ? 1 : 0;
        }

        var unique = new int[distinct];
        var n = 0;
        for (var k = 0; k < keys.Count; k++)
        {
            if (k == 0 || keys[k] != keys[k - 1])
            {
                unique[n++] = keys[k];
            }
        }

        return unique;
    }

    /// <summary>Full-width Latin letters, digits and signs, and half-width katakana, are what NFKC changes here.</summary>
    private static int CountVisible(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Sentences in an English line: one, plus each full stop, question or exclamation mark (and closing quotes)
    /// followed by a space and a capital. A line that glues sentences together counts them all.
    /// </summary>
    private static int CountEnglishSentences(string text)
    {
        var count = 1;
        var trimmed = text.AsSpan().TrimEnd();
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (trimmed[i] is not ('.' or '?' or '!'))
            {
                continue;
            }

            var next = SkipClosers(trimmed, i + 1);
            if (next + 1 < trimmed.Length && trimmed[next] == ' ' && (char.IsUpper(trimmed[next + 1]) || trimmed[next + 1] is '"' or '“'))
            {
                count++;
                i = next;
            }
        }

        return count;
    }

    /// <summary>Sentences in a Japanese line: one, plus each 。！？ (and closing brackets) followed by more text.</summary>
    private static int CountJapaneseSentences(string text)
    {
        var count = 1;
        var trimmed = text.AsSpan().TrimEnd();
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (trimmed[i] is not ('。' or '！' or '？' or '!' or '?'))
            {
                continue;
            }

            var next = SkipClosers(trimmed, i + 1);
            if (next < trimmed.Length)
            {
                count++;
            }

            i = next - 1;
        }

        return count;
    }

    private static double GluedFraction(int[] englishSentences, int[] japaneseSentences)
    {
        var lines = englishSentences.Length + japaneseSentences.Length;
        var glued = englishSentences.Count(count => count > 1) + japaneseSentences.Count(count => count > 1);
        return lines == 0 ? 0 : (double)glued / lines;
    }

    private static bool EndsWithSentenceEnd(string text)
    {
        var trimmed = text.AsSpan().TrimEnd().TrimEnd("\"”’)」』）");
        return trimmed.Length > 0 && trimmed[^1] is '.' or '?' or '!' or '。' or '！' or '？';
    }

    private static int SkipClosers(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && text[index] is '"' or '”' or '’' or ')' or '」' or '』' or '）')
        {
            index++;
        }

        return index;
    }
}
