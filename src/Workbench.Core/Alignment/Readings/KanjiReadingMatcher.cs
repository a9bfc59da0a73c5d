using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Alignment.Readings;

/// <summary>
/// Finds the romaji match keys (<see cref="HepburnRomaniser.MatchKey"/>) of the kanji names and words in a Japanese
/// sentence: every substring of every kanji run that the <see cref="ReadingTable"/> knows, in each of its readings.
/// 沖田総司 gives okita (沖田), soshi (総司), oki (沖)... and meets "Soji OKITA". Runs recur within a document, so
/// each distinct run is read once.
/// </summary>
internal sealed class KanjiReadingMatcher
{
    private readonly ReadingTable table;
    private readonly int minKeyLength;
    private readonly int minSingleKanjiKeyLength;
    private readonly Dictionary<string, string[]> keysByRun = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> keysByReading = new(StringComparer.Ordinal);

    /// <param name="minKeyLength">Shortest match key kept (shorter ones meet English words by chance).</param>
    /// <param name="minSingleKanjiKeyLength">Shortest key kept from a one-kanji surface, whose readings are many.</param>
    public KanjiReadingMatcher(ReadingTable table, int minKeyLength, int minSingleKanjiKeyLength)
    {
        this.table = table;
        this.minKeyLength = minKeyLength;
        this.minSingleKanjiKeyLength = minSingleKanjiKeyLength;
    }

    /// <summary>Adds the match keys of every kanji run of <paramref name="sentence"/> (distinct per run) to <paramref name="found"/>.</summary>
    public void Match(string sentence, List<string> found)
    {
        var runs = keysByRun.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < sentence.Length)
        {
            if (!JapaneseChars.IsKanji(sentence[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < sentence.Length && JapaneseChars.IsKanji(sentence[i]))
            {
                i++;
            }

            var run = sentence.AsSpan(start, i - start);
            if (!runs.TryGetValue(run, out var keys))
            {
                keys = KeysOf(run);
                runs[run] = keys;
            }

            found.AddRange(keys);
        }
    }

    private string[] KeysOf(ReadOnlySpan<char> run)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var start = 0; start < run.Length; start++)
        {
            for (var length = 1; length <= table.LongestSurface && start + length <= run.Length; length++)
            {
                if (!table.TryGet(run.Slice(start, length), out var readings))
                {
                    continue;
                }

                var minimum = length == 1 ? minSingleKanjiKeyLength : minKeyLength;
                foreach (var reading in readings.Split(','))
                {
                    var key = KeyOf(reading);
                    if (key.Length >= minimum)
                    {
                        keys.Add(key);
                    }
                }
            }
        }

        return [.. keys.Order(StringComparer.Ordinal)];
    }

    private string KeyOf(string reading)
    {
        if (!keysByReading.TryGetValue(reading, out var key))
        {
            key = HepburnRomaniser.MatchKey(HepburnRomaniser.Romanise(reading));
            keysByReading.Add(reading, key);
        }

        return key;
    }
}
