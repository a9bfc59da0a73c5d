using System.Collections.Concurrent;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Alignment.Readings;

/// <summary>
/// Finds the romaji match keys (<see cref="HepburnRomaniser.MatchKey"/>) of the kanji names and words in a Japanese
/// sentence: every substring of every kanji run that the <see cref="ReadingTable"/> knows, in each of its readings.
/// 沖田総司 gives okita (沖田), soshi (総司), oki (沖)... and meets "Soji OKITA". Most of these keys meet no English
/// word, so each key is first given to a selector that returns its evidence id or -1 to drop it. Runs recur within
/// a document: each distinct run is read, and its keys selected, once; every later occurrence is one hash lookup.
/// Its caches are concurrent, so the chunks of a document's sentences share one matcher while they are read in parallel
/// (the selector must then be safe to call from several threads); a run two threads meet at once may be read twice, to
/// the same ids.
/// </summary>
internal sealed class KanjiReadingMatcher
{
    private readonly ReadingTable table;
    private readonly int minKeyLength;
    private readonly int minSingleKanjiKeyLength;
    private readonly Func<string, int> select;
    private readonly ConcurrentDictionary<string, int[]> idsByRun = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> keysByReading = new(StringComparer.Ordinal);

    /// <summary>Scratch set of a run's match keys, one per thread (runs are read on several threads at once).</summary>
    [ThreadStatic]
    private static HashSet<string>? runKeys;

    /// <summary>Scratch list of a run's selected ids, one per thread.</summary>
    [ThreadStatic]
    private static List<int>? runIds;

    /// <param name="minKeyLength">Shortest match key kept (shorter ones meet English words by chance).</param>
    /// <param name="minSingleKanjiKeyLength">Shortest key kept from a one-kanji surface, whose readings are many.</param>
    /// <param name="select">The id of a match key, or -1 if the key is not wanted (no English word spells it).</param>
    public KanjiReadingMatcher(ReadingTable table, int minKeyLength, int minSingleKanjiKeyLength, Func<string, int> select)
    {
        this.table = table;
        this.minKeyLength = minKeyLength;
        this.minSingleKanjiKeyLength = minSingleKanjiKeyLength;
        this.select = select;
    }

    /// <summary>Adds the ids of the selected match keys of every kanji run of <paramref name="sentence"/> to <paramref name="found"/>.</summary>
    /// <param name="ownRuns">
    /// One thread's own cache of run ids in front of the shared, concurrent one, whose lookups cost more (a chunk of
    /// sentences read on one thread passes its own); null to use the shared one alone.
    /// </param>
    public void Match(string sentence, List<int> found, SpanKeyedCache<int[]>? ownRuns = null)
    {
        var shared = idsByRun.GetAlternateLookup<ReadOnlySpan<char>>();
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
            if (ownRuns is null || !ownRuns.TryGet(run, out var ids))
            {
                ids = SharedIdsOf(shared, run);
                ownRuns?.Add(run, ids);
            }

            // One Add per id: AddRange(int[]) goes through ICollection<int> and a copy helper ReadyToRun leaves to the JIT.
            foreach (var id in ids)
            {
                found.Add(id);
            }
        }
    }

    /// <summary>A run's ids from the shared cache, read and added there on a miss.</summary>
    private int[] SharedIdsOf(ConcurrentDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> shared, ReadOnlySpan<char> run)
    {
        if (!shared.TryGetValue(run, out var ids))
        {
            ids = IdsOf(run);
            shared.TryAdd(run, ids);
        }

        return ids;
    }

    /// <summary>The selected ids of a run's distinct match keys.</summary>
    private int[] IdsOf(ReadOnlySpan<char> run)
    {
        var keys = runKeys ??= new HashSet<string>(StringComparer.Ordinal);
        keys.Clear();
        for (var start = 0; start < run.Length; start++)
        {
            for (var length = 1; length <= table.LongestSurface && start + length <= run.Length; length++)
            {
                if (!table.TryGet(run.Slice(start, length), out var readings))
                {
                    continue;
                }

                var minimum = length == 1 ? minSingleKanjiKeyLength : minKeyLength;
                foreach (var range in readings.Split(','))
                {
                    var key = KeyOf(readings[range]);
                    if (key.Length >= minimum)
                    {
                        keys.Add(key);
                    }
                }
            }
        }

        var ids = runIds ??= [];
        ids.Clear();
        foreach (var key in keys)
        {
            var id = select(key);
            if (id >= 0)
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    private string KeyOf(ReadOnlySpan<char> reading)
    {
        var lookup = keysByReading.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(reading, out var key))
        {
            key = HepburnRomaniser.MatchKey(HepburnRomaniser.Romanise(reading));
            lookup.TryAdd(reading, key);
        }

        return key;
    }
}
