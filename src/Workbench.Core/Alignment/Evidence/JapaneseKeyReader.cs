using Workbench.Core.Alignment.Readings;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// Reads the evidence keys of one chunk of Japanese sentences once the English side is read and adopted: numbers, Latin
/// tokens, katakana words as consonant skeletons (matched to the English ones), lexicon forms, kanji readings an
/// English word spells, embedded Japanese of the English side, and punctuation.
/// </summary>
internal sealed class JapaneseKeyReader(AlignerOptions options, LexiconIndex lexicon, ChunkKeys keys, EnglishSide english)
    : SentenceKeyReader(options, keys)
{
    /// <summary>Marks a katakana word too short for a skeleton key (chunk-local ids are negative too, but never this one).</summary>
    private const int NoKey = int.MinValue;

    /// <summary>Latin tokens and their keys: tokens recur, and lower-casing them allocates.</summary>
    private readonly SpanKeyedCache<int> latinTokenKeys = new();

    /// <summary>Kanji runs and the ids of their reading keys, this chunk's cache in front of the shared one.</summary>
    private readonly SpanKeyedCache<int[]> kanjiRunIds = new();

    /// <summary>Katakana words and their skeleton keys (-1: too short): the fuzzy match of a skeleton is slow, and words recur.</summary>
    private readonly SpanKeyedCache<int> transliterationKeys = new();

    /// <summary>
    /// The keys of one sentence (<paramref name="normalized"/>: its compatibility-folded text) that the English side holds
    /// too, sorted: a key new to the document here, or a lexicon key no English sentence has, can never be shared.
    /// </summary>
    public int[] Read(string text, ReadOnlySpan<char> normalized, NumberList numbers)
    {
        var found = Found;
        found.Clear();
        AddNumbers(numbers, found);
        AddLatinTokens(normalized, found);
        AddTransliterations(text, found);
        lexicon.Japanese.Match(text, found);
        english.KanjiReadings?.Match(text, found, kanjiRunIds);
        english.EmbeddedJapanese.Match(text, found);
        AddPunctuation(text, found, '？', '?', "「『“", "（(");
        return TakeFound(english.Keys);
    }

    private void AddLatinTokens(ReadOnlySpan<char> normalized, List<int> found)
    {
        var cache = latinTokenKeys;
        var i = 0;
        while (EnglishWords.NextWord(normalized, ref i) is var length && length > 0)
        {
            var token = normalized.Slice(i - length, length);
            if (!char.IsAsciiLetter(token[0]))
            {
                continue;
            }

            if (!cache.TryGet(token, out var key))
            {
                key = Key(LowerName("l:", token), Options.LatinTokenWeight);
                cache.Add(token, key);
            }

            found.Add(key);
        }
    }

    /// <summary>Katakana words, and hiragana readings in parentheses, as consonant skeletons.</summary>
    private void AddTransliterations(string text, List<int> found)
    {
        var cache = transliterationKeys;
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
            if (!cache.TryGet(word, out var key))
            {
                key = TransliterationKey(word);
                cache.Add(word, key);
            }

            if (key != NoKey)
            {
                found.Add(key);
            }
        }
    }

    /// <summary>The key of a katakana word's skeleton (matched to an English one if possible), or <see cref="NoKey"/> if it is too short.</summary>
    private int TransliterationKey(ReadOnlySpan<char> word)
    {
        var matched = english.MatchedSkeleton(word);
        return matched.Length == 0 ? NoKey : Key("k:" + matched, SkeletonWeight(matched, Options));
    }
}
