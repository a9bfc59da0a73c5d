using System.Globalization;
using Workbench.Core.Alignment.Readings;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Alignment.Evidence;

/// <summary>Turns the sentences of both sides into <see cref="DocumentEvidence"/>.</summary>
internal sealed class EvidenceExtractor
{
    private readonly record struct EnglishWord(string Stem, int[] Keys, bool IsContentWord);

    private readonly AlignerOptions options;
    private readonly LexiconIndex lexicon;
    private readonly Dictionary<string, int> documentKeys = new(StringComparer.Ordinal);
    private readonly List<double> weights;
    private readonly JapanesePhraseMatcher embeddedJapanese = new();
    private readonly HashSet<string> englishSkeletons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnglishWord> wordCache = new(StringComparer.Ordinal);

    /// <summary>Formatting a decimal is slow and numbers recur: each value's key is looked up once.</summary>
    private readonly Dictionary<decimal, int> numberKeys = [];

    /// <summary>Latin tokens of the Japanese side and their keys: tokens recur, and lower-casing them allocates.</summary>
    private readonly Dictionary<string, int> latinTokenKeys = new(StringComparer.Ordinal);

    /// <summary>Katakana words and their skeleton keys (-1: too short): the fuzzy match of a skeleton is slow, and words recur.</summary>
    private readonly Dictionary<string, int> transliterationKeys = new(StringComparer.Ordinal);

    /// <summary>Romaji match keys of the English words that look like romanised Japanese (Kishida, OKITA, Ise).</summary>
    private readonly HashSet<string> englishReadings = new(StringComparer.Ordinal);

    /// <summary>Set once the English side is read: which of its romaji the kanji names of the Japanese side spell.</summary>
    private KanjiReadingMatcher? kanjiReadings;

    // Scratch lists reused from sentence to sentence.
    private readonly List<int> keyBuffer = [];
    private readonly List<string> stemBuffer = [];

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
        var englishNumbers = new decimal[english.Count][];
        var englishKinds = new LineKind[english.Count];
        var englishGluedHeadings = new bool[english.Count];

        // What a sentence says on its own (lengths, sentence ends, kind, numbers) is read on all cores; keys are then
        // numbered sentence by sentence, in document order.
        Parallel.For(0, english.Count, () => new List<decimal>(), (i, _, numbers) =>
        {
            var text = english[i] ?? "";
            englishLengths[i] = CountVisible(text);
            englishSentences[i] = CountEnglishSentences(text);
            englishKinds[i] = LineKinds.Of(text);
            englishGluedHeadings[i] = GluedHeading.StartsEnglish(text);
            numbers.Clear();
            NumberExtractor.English(text, numbers);
            englishNumbers[i] = [.. numbers];
            return numbers;
        }, _ => { });
        for (var i = 0; i < english.Count; i++)
        {
            englishKeys[i] = extractor.EnglishKeys(english[i] ?? "", englishNumbers[i], out englishStems[i]);
        }

        var fuzzy = new SkeletonNeighbours(extractor.englishSkeletons, options.FuzzySkeletonLength);
        extractor.StartKanjiReadings();
        var japaneseKeys = new int[japanese.Count][];
        var japaneseTexts = new string[japanese.Count];
        var japaneseNormalized = new string[japanese.Count];
        var japaneseLengths = new int[japanese.Count];
        var japaneseSentences = new int[japanese.Count];
        var japaneseNumbers = new decimal[japanese.Count][];
        var japaneseKinds = new LineKind[japanese.Count];
        Parallel.For(0, japanese.Count, () => new List<decimal>(), (j, _, numbers) =>
        {
            var text = japanese[j] ?? "";
            japaneseTexts[j] = text;
            japaneseNormalized[j] = JapaneseNormalizer.FoldCompatibility(text);
            japaneseLengths[j] = CountVisible(text);
            japaneseSentences[j] = CountJapaneseSentences(text);
            japaneseKinds[j] = LineKinds.Of(text);
            numbers.Clear();
            NumberExtractor.Japanese(japaneseNormalized[j], numbers);
            japaneseNumbers[j] = [.. numbers];
            return numbers;
        }, _ => { });
        for (var j = 0; j < japanese.Count; j++)
        {
            japaneseKeys[j] = extractor.JapaneseKeys(japaneseTexts[j], japaneseNormalized[j], japaneseNumbers[j], fuzzy);
        }

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

    private int[] EnglishKeys(string text, decimal[] numbers, out string[] stems)
    {
        var keys = keyBuffer;
        keys.Clear();
        AddNumbers(numbers, keys);

        var contentStems = stemBuffer;
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
                known = ReadWord(word);
                cache[word] = known;
            }

            foreach (var key in known.Keys)
            {
                keys.Add(key);
            }

            if (known.IsContentWord)
            {
                contentStems.Add(known.Stem);
            }
        }

        lexicon.MatchGlossary(text, keys);
        AddEmbeddedJapanese(text, keys);
        AddPunctuation(text, keys, '?', '?', "\"“”", "(");
        stems = [.. contentStems];
        return Normalise(keys);
    }

    /// <summary>The keys one English word form brings; computed once per distinct form (words repeat a lot).</summary>
    private EnglishWord ReadWord(ReadOnlySpan<char> word)
    {
        var stem = EnglishWords.Stem(word);
        if (EnglishWords.IsStopWord(stem))
        {
            return new EnglishWord(stem, [], false);
        }

        var keys = new List<int>(3);
        if (lexicon.TryGetStemKey(stem, out var lexiconKey))
        {
            keys.Add(lexiconKey);
        }

        if (char.IsAsciiLetter(word[0]))
        {
            keys.Add(Key("l:" + word.ToString().ToLowerInvariant(), options.LatinTokenWeight));
            var skeleton = ConsonantSkeleton.FromEnglish(word);
            if (skeleton.Length >= options.MinSkeletonLength)
            {
                englishSkeletons.Add(skeleton);
                keys.Add(Key("k:" + skeleton, SkeletonWeight(skeleton)));
            }

            AddRomajiReadings(word, keys);
        }

        return new EnglishWord(stem, [.. keys], stem.Length >= 3 && char.IsAsciiLetter(word[0]));
    }

    private int[] JapaneseKeys(string text, string normalized, decimal[] numbers, SkeletonNeighbours fuzzy)
    {
        var keys = keyBuffer;
        keys.Clear();
        AddNumbers(numbers, keys);
        AddLatinTokens(normalized, keys);
        AddTransliterations(text, fuzzy, keys);
        lexicon.Japanese.Match(text, keys);
        AddKanjiReadings(text, keys);
        embeddedJapanese.Match(text, keys);
        AddPunctuation(text, keys, '？', '?', "「『“", "（(");
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

    private void AddLatinTokens(string normalized, List<int> keys)
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
                key = Key("l:" + token.ToString().ToLowerInvariant(), options.LatinTokenWeight);
                cache[token] = key;
            }

            keys.Add(key);
        }
    }

    /// <summary>Katakana words, and hiragana readings in parentheses, as consonant skeletons.</summary>
    private void AddTransliterations(string text, SkeletonNeighbours fuzzy, List<int> keys)
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
                cache[word] = key;
            }

            if (key >= 0)
            {
                keys.Add(key);
            }
        }
    }

    /// <summary>The key of a katakana word's skeleton (matched to an English one if possible), or -1 if it is too short.</summary>
    private int TransliterationKey(ReadOnlySpan<char> word, SkeletonNeighbours fuzzy)
    {
        var skeleton = ConsonantSkeleton.FromKatakana(word);
        if (skeleton.Length < options.MinSkeletonLength)
        {
            return -1;
        }

        var matched = englishSkeletons.Contains(skeleton) ? skeleton : fuzzy.Find(skeleton) ?? skeleton;
        return Key("k:" + matched, SkeletonWeight(matched));
    }

    /// <summary>
    /// An English word (or each part of a hyphenated one, and the parts joined: Kinkaku-ji) that reads as romanised
    /// Japanese gets the key of its romaji, which kanji names of the Japanese side meet through their readings.
    /// </summary>
    private void AddRomajiReadings(ReadOnlySpan<char> word, List<int> keys)
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

    private void AddRomajiReading(ReadOnlySpan<char> word, List<int> keys)
    {
        if (word.Length == 0 || !HepburnRomaniser.LooksLikeRomaji(word))
        {
            return;
        }

        var key = HepburnRomaniser.MatchKey(word);
        if (key.Length >= options.MinReadingKeyLength)
        {
            englishReadings.Add(key);
            keys.Add(Key("r:" + key, ReadingKeyWeight(key)));
        }
    }

    /// <summary>
    /// Prepares the reading evidence of the Japanese side once the English side is read: a kanji name's romaji keys
    /// count only where an English word of the document spells them (and then already have their key).
    /// </summary>
    private void StartKanjiReadings()
    {
        if (options.ReadingWeight > 0 && englishReadings.Count > 0)
        {
            kanjiReadings = new KanjiReadingMatcher(
                ReadingTable.Bundled,
                options.MinReadingKeyLength,
                options.MinSingleKanjiReadingKeyLength,
                key => englishReadings.Contains(key) ? Key("r:" + key, ReadingKeyWeight(key)) : -1);
        }
    }

    /// <summary>Kanji names and words whose romaji reading an English word of the document spells.</summary>
    private void AddKanjiReadings(string text, List<int> keys) => kanjiReadings?.Match(text, keys);

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

    private void AddPunctuation(string text, List<int> keys, char question, char asciiQuestion, string quotes, string brackets)
    {
        if (text.Contains(question, StringComparison.Ordinal) || text.Contains(asciiQuestion, StringComparison.Ordinal))
        {
            keys.Add(Key("p:?", options.PunctuationWeight));
        }

        if (text.AsSpan().IndexOfAny(quotes) >= 0)
        {
            keys.Add(Key("p:\"", options.PunctuationWeight));
        }

        if (text.AsSpan().IndexOfAny(brackets) >= 0)
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
        foreach (var keys in englishKeys.Concat(japaneseKeys))
        {
            foreach (var key in keys)
            {
                frequency[key]++;
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

        for (var i = 0; i < englishKeys.Length; i++)
        {
            englishKeys[i] = KeepOnly(englishKeys[i], inJapanese);
        }

        for (var j = 0; j < japaneseKeys.Length; j++)
        {
            japaneseKeys[j] = KeepOnly(japaneseKeys[j], inEnglish);
        }
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
