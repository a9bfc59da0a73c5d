using Workbench.Core.Alignment.Readings;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// What each distinct English word form of a document brings (stem, lexicon key, named keys, skeleton, romaji
/// readings), read once however many chunks meet it: the chunks of the English side share one instance while they are
/// read in parallel. A form holds key names, not ids, so it does not depend on which chunk met it first; a form two
/// chunks meet at once may be read twice, to the same value.
/// </summary>
internal sealed class EnglishWordForms(AlignerOptions options, LexiconIndex lexicon)
{
    private readonly SharedSpanCache<EnglishWordForm> forms = new();

    /// <summary>
    /// The consonant skeletons and the romaji match keys of every form read so far, in one walk of the table.
    /// </summary>
    public (HashSet<string> Skeletons, HashSet<string> Readings) SkeletonsAndReadings()
    {
        var skeletons = new HashSet<string>(StringComparer.Ordinal);
        var readings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in forms.Values())
        {
            if (form.Skeleton is { } skeleton)
            {
                skeletons.Add(skeleton);
            }

            foreach (var reading in form.Readings)
            {
                readings.Add(reading);
            }
        }

        return (skeletons, readings);
    }

    /// <summary>What <paramref name="word"/> brings, and the word as the table's key string (a chunk's cache keeps it rather than a copy).</summary>
    public EnglishWordForm Get(ReadOnlySpan<char> word, out string text)
    {
        return forms.TryGet(word, out text, out var form) ? form : forms.Add(word, Read(word), out text);
    }

    private EnglishWordForm Read(ReadOnlySpan<char> word)
    {
        var stem = EnglishWords.Stem(word);
        if (EnglishWords.IsStopWord(stem))
        {
            return new EnglishWordForm(stem, -1, [], false, null, []);
        }

        var lexiconKey = lexicon.TryGetStemKey(stem, out var key) ? key : -1;
        if (!char.IsAsciiLetter(word[0]))
        {
            return new EnglishWordForm(stem, lexiconKey, [], false, null, []);
        }

        var skeleton = ConsonantSkeleton.FromEnglish(word);
        var hasSkeleton = skeleton.Length >= options.MinSkeletonLength;
        var readings = new List<string>();
        AddRomajiReadings(word, readings);

        // An array filled in place, not a List of tuples: ReadyToRun cannot precompile List<(string, double)> in our image.
        var keys = new (string Name, double Weight)[1 + (hasSkeleton ? 1 : 0) + readings.Count];
        var n = 0;
        keys[n++] = (SentenceKeyReader.LowerName("l:", word), options.LatinTokenWeight);
        if (hasSkeleton)
        {
            keys[n++] = ("k:" + skeleton, SentenceKeyReader.SkeletonWeight(skeleton, options));
        }

        foreach (var reading in readings)
        {
            keys[n++] = ("r:" + reading, SentenceKeyReader.ReadingKeyWeight(reading, options));
        }

        return new EnglishWordForm(
            stem,
            lexiconKey,
            keys,
            stem.Length >= 3,
            hasSkeleton ? skeleton : null,
            [.. readings]);
    }

    /// <summary>
    /// An English word (or each part of a hyphenated one, and the parts joined: Kinkaku-ji) that reads as romanised
    /// Japanese gets the key of its romaji, which kanji names of the Japanese side meet through their readings.
    /// </summary>
    private void AddRomajiReadings(ReadOnlySpan<char> word, List<string> readings)
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
                AddRomajiReading(word[range], readings);
            }
        }

        AddRomajiReading(word, readings);
    }

    private void AddRomajiReading(ReadOnlySpan<char> word, List<string> readings)
    {
        if (word.Length == 0 || !HepburnRomaniser.LooksLikeRomaji(word))
        {
            return;
        }

        var key = HepburnRomaniser.MatchKey(word);
        if (key.Length >= options.MinReadingKeyLength)
        {
            readings.Add(key);
        }
    }
}
