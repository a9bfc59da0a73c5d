using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// Turns the sentences of both sides into <see cref="DocumentEvidence"/>. Each side is read in contiguous chunks of
/// sentences on all cores (<see cref="EnglishKeyReader"/>, <see cref="JapaneseKeyReader"/>), each chunk numbering the
/// keys it meets first locally; the chunks are then adopted in document order (<see cref="DocumentKeys"/>), so every key
/// is numbered by its first occurrence in the document, as one sequential reading would number it, however the
/// sentences were chunked. The English side is read and adopted first: the Japanese keys depend on it (skeletons,
/// romaji readings, embedded Japanese).
/// </summary>
internal static class EvidenceExtractor
{
    /// <summary>Fewer sentences than this are read in one chunk: their keys take less time than starting a thread.</summary>
    private const int MinChunkSentences = 2_000;

    public static DocumentEvidence Extract(IReadOnlyList<string> english, IReadOnlyList<string> japanese, AlignerOptions options, LexiconIndex lexicon) =>
        Extract(english, japanese, options, lexicon, DefaultChunkCount(english.Count), DefaultChunkCount(japanese.Count));

    /// <summary>Reads the English side in <paramref name="englishChunks"/> chunks and the Japanese in <paramref name="japaneseChunks"/>; the result does not depend on either.</summary>
    internal static DocumentEvidence Extract(
        IReadOnlyList<string> english,
        IReadOnlyList<string> japanese,
        AlignerOptions options,
        LexiconIndex lexicon,
        int englishChunks,
        int japaneseChunks)
    {
        var keys = new DocumentKeys(lexicon.Weights);
        var englishKeys = new int[english.Count][];
        var englishStems = new SentenceStems(english.Count);
        var englishLengths = new int[english.Count];
        var englishSentences = new int[english.Count];
        var englishKinds = new LineKind[english.Count];
        var englishGluedHeadings = new bool[english.Count];
        var forms = new EnglishWordForms(options, lexicon);
        var englishReaders = new EnglishKeyReader[Math.Clamp(englishChunks, 1, Math.Max(1, english.Count))];
        ForEachChunk(english.Count, englishReaders.Length, (chunk, start, end) =>
        {
            var reader = englishReaders[chunk] = new EnglishKeyReader(options, lexicon, forms, new ChunkKeys(keys));
            var numbers = new NumberList();
            var stems = new SentenceStems.Writer(englishStems);
            for (var i = start; i < end; i++)
            {
                var text = english[i] ?? "";
                englishLengths[i] = CountVisible(text);
                englishSentences[i] = CountEnglishSentences(text);
                englishKinds[i] = LineKinds.Of(text);
                englishGluedHeadings[i] = GluedHeading.StartsEnglish(text);
                numbers.Clear();
                NumberExtractor.English(text, numbers);
                englishKeys[i] = reader.Read(text, numbers, i, stems);
            }
        });
        // What the Japanese side matches katakana and kanji against needs only the word forms: it is built on another core
        // while this one adopts the chunks' keys (some tens of milliseconds the other core otherwise spent idle).
        var skeletons = Task.Run(() => EnglishSkeletons.Of(forms, options));
        var englishMaps = Array.ConvertAll(englishReaders, reader => keys.Adopt(reader.Keys));

        // Which keys some English sentence holds is marked as each is renumbered (two chunks may mark one key: both write true).
        var onEnglishSide = new bool[keys.Weights.Count];
        ForEachChunk(english.Count, englishReaders.Length, (chunk, start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                DocumentKeys.Renumber(englishKeys[i], englishMaps[chunk]);
                foreach (var key in englishKeys[i])
                {
                    onEnglishSide[key] = true;
                }
            }
        });
        var englishSide = GatherEnglish(englishReaders, englishMaps, skeletons.GetAwaiter().GetResult(), keys, onEnglishSide, options);

        var japaneseKeys = new int[japanese.Count][];
        var japaneseTexts = new string[japanese.Count];
        var japaneseLengths = new int[japanese.Count];
        var japaneseSentences = new int[japanese.Count];
        var japaneseKinds = new LineKind[japanese.Count];
        var japaneseReaders = new JapaneseKeyReader[Math.Clamp(japaneseChunks, 1, Math.Max(1, japanese.Count))];

        // A Japanese sentence keeps document ids only, among those the English side has: which of them some Japanese
        // sentence holds is marked as each is read (two chunks may mark one key: both write true).
        var onJapaneseSide = new bool[keys.Weights.Count];
        ForEachChunk(japanese.Count, japaneseReaders.Length, (chunk, start, end) =>
        {
            var reader = japaneseReaders[chunk] = new JapaneseKeyReader(options, lexicon, new ChunkKeys(keys), englishSide);
            var numbers = new NumberList();
            char[]? folded = null;
            for (var j = start; j < end; j++)
            {
                var text = japanese[j] ?? "";
                var normalized = JapaneseNormalizer.FoldCompatibility(text, ref folded);
                japaneseTexts[j] = text;
                japaneseLengths[j] = CountVisible(text);
                japaneseSentences[j] = CountJapaneseSentences(text);
                japaneseKinds[j] = LineKinds.Of(text);
                numbers.Clear();
                NumberExtractor.Japanese(normalized, numbers);
                japaneseKeys[j] = reader.Read(text, normalized, numbers);
                foreach (var key in japaneseKeys[j])
                {
                    onJapaneseSide[key] = true;
                }
            }
        });

        // The Japanese sentences kept only keys the English side holds (the keys new there still get their ids and
        // weights); the English ones now keep only keys the Japanese side holds.
        foreach (var reader in japaneseReaders)
        {
            keys.Adopt(reader.Keys);
        }

        ForEachChunk(english.Count, englishReaders.Length, (_, start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                englishKeys[i] = KeepOnly(englishKeys[i], onJapaneseSide);
            }
        });
        DampFrequentKeys(englishKeys, japaneseKeys, keys.Weights, options);
        return new DocumentEvidence
        {
            EnglishKeys = englishKeys,
            JapaneseKeys = japaneseKeys,
            Weights = keys.Weights,
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

    /// <summary>
    /// One chunk per core: each chunk numbers its distinct keys afresh, and on the 40,000-sentence benchmark document
    /// two chunks per core cost ~15% more CPU in the English pass than one for no gain in wall time.
    /// </summary>
    private static int DefaultChunkCount(int sentences) =>
        Math.Clamp(sentences / MinChunkSentences, 1, Environment.ProcessorCount);

    /// <summary>Runs <paramref name="read"/> on chunk c of <paramref name="chunks"/> contiguous chunks of <paramref name="count"/> items: [start, end).</summary>
    private static void ForEachChunk(int count, int chunks, Action<int, int, int> read)
    {
        if (chunks == 1)
        {
            read(0, 0, count);
            return;
        }

        ChunkWork.RunRanges(count, chunks, read);
    }

    /// <summary>What the Japanese side needs from the English chunks, once their keys are adopted (chunk c's through <paramref name="maps"/>[c]).</summary>
    private static EnglishSide GatherEnglish(
        EnglishKeyReader[] readers,
        int[][] maps,
        EnglishSkeletons skeletons,
        DocumentKeys keys,
        bool[] onEnglishSide,
        AlignerOptions options)
    {
        var embedded = new JapanesePhraseMatcher();
        for (var chunk = 0; chunk < readers.Length; chunk++)
        {
            foreach (var (form, key) in readers[chunk].EmbeddedJapanese)
            {
                embedded.Add(form, ChunkKeys.IsLocal(key) ? maps[chunk][ChunkKeys.LocalIndex(key)] : key);
            }
        }

        return new EnglishSide(options, keys, onEnglishSide, skeletons.Skeletons, skeletons.Fuzzy, skeletons.Readings, embedded);
    }

    /// <summary>
    /// A key in many sentences (the article's main name, the century everything happens in) says little about which
    /// sentence pairs with which, so its weight shrinks with the log of its sentence frequency.
    /// </summary>
    private static void DampFrequentKeys(int[][] englishKeys, int[][] japaneseKeys, List<double> weights, AlignerOptions options)
    {
        if (options.FrequentKeyDamping <= 0)
        {
            return;
        }

        var frequency = new int[weights.Count];
        CountSentences(englishKeys, frequency);
        CountSentences(japaneseKeys, frequency);

        for (var key = 0; key < weights.Count; key++)
        {
            if (frequency[key] > 2)
            {
                weights[key] /= 1 + (options.FrequentKeyDamping * Math.Log(frequency[key] / 2.0));
            }
        }
    }

    /// <summary>Adds to each key's count the sentences of one side that hold it (plain loops: LINQ's Concat was an interface call per sentence).</summary>
    private static void CountSentences(int[][] sentenceKeys, int[] frequency)
    {
        foreach (var keys in sentenceKeys)
        {
            foreach (var key in keys)
            {
                frequency[key]++;
            }
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
        var i = 0;
        while (trimmed[i..].IndexOfAny('.', '?', '!') is var end && end >= 0)
        {
            i += end;
            var next = SkipClosers(trimmed, i + 1);
            if (next + 1 < trimmed.Length && trimmed[next] == ' ' && (char.IsUpper(trimmed[next + 1]) || trimmed[next + 1] is '"' or '“'))
            {
                count++;
                i = next;
            }

            i++;
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
        var glued = CountGlued(englishSentences) + CountGlued(japaneseSentences);
        return lines == 0 ? 0 : (double)glued / lines;
    }

    /// <summary>Lines of more than one sentence (a loop: ReadyToRun left LINQ's Count over int to the JIT).</summary>
    private static int CountGlued(int[] sentences)
    {
        var glued = 0;
        foreach (var count in sentences)
        {
            glued += count > 1 ? 1 : 0;
        }

        return glued;
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
