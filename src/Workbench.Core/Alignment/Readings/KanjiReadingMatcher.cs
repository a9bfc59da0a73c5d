using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Alignment.Readings;

/// <summary>
/// Finds the romaji match keys (<see cref="HepburnRomaniser.MatchKey"/>) of the kanji names and words in a Japanese
/// sentence: every substring of every kanji run that the <see cref="ReadingTable"/> knows, in each of its readings.
/// 沖田総司 gives okita (沖田), soshi (総司), oki (沖)... and meets "Soji OKITA". Most of these keys meet no English
/// word, so each key is first given to a selector that returns its evidence id or -1 to drop it. Runs recur within
/// a document: each distinct run is read once; every later occurrence is one hash lookup. Table entries recur across
/// runs (沖田 in 沖田総司 and 沖田家): each entry's readings are split, romanised and selected once, and a run is then
/// one table look-up per substring and the union of its entries' selected ids.
/// Its caches are shared behind a lock (<see cref="SharedSpanCache{TValue}"/>) or written once per slot, so the chunks
/// of a document's sentences share one matcher while they are read in parallel (the selector must then be safe to call
/// from several threads, and give a key the same id each time); a run or entry two threads meet at once may be read
/// twice, to the same ids.
/// </summary>
internal sealed class KanjiReadingMatcher
{
    private readonly ReadingTable table;
    private readonly int minKeyLength;
    private readonly int minSingleKanjiKeyLength;
    private readonly Func<string, int> select;
    private readonly SharedSpanCache<int[]> idsByRun = new();
    private readonly SharedSpanCache<string> keysByReading = new();

    /// <summary>Entries per page of <see cref="idsByEntry"/>: a page (8 KB) stays off the large-object heap.</summary>
    private const int PageBits = 10;

    private const int PageMask = (1 << PageBits) - 1;

    /// <summary>
    /// The selected ids of each table entry's match keys, by entry number in pages allocated when first touched (a
    /// matcher per document: a small one touches a few pages, not 1.2 MB for all 147,250 entries), each slot filled
    /// when a run first contains the entry. A thread that finds null reads the entry itself; an array reference is
    /// written whole, so a racing thread sees null or a complete array of the same ids.
    /// </summary>
    private readonly int[]?[]?[] idsByEntry;

    /// <summary>Scratch list of a run's selected ids, one per thread (runs are read on several threads at once).</summary>
    [ThreadStatic]
    private static List<int>? runIds;

    /// <summary>Scratch list of an entry's selected ids, one per thread (an entry is read while its run is).</summary>
    [ThreadStatic]
    private static List<int>? entryIds;

    /// <param name="minKeyLength">Shortest match key kept (shorter ones meet English words by chance).</param>
    /// <param name="minSingleKanjiKeyLength">Shortest key kept from a one-kanji surface, whose readings are many.</param>
    /// <param name="select">The id of a match key, or -1 if the key is not wanted (no English word spells it).</param>
    public KanjiReadingMatcher(ReadingTable table, int minKeyLength, int minSingleKanjiKeyLength, Func<string, int> select)
    {
        this.table = table;
        this.minKeyLength = minKeyLength;
        this.minSingleKanjiKeyLength = minSingleKanjiKeyLength;
        this.select = select;
        idsByEntry = new int[]?[]?[(table.Count >> PageBits) + 1];
    }

    /// <summary>Adds the ids of the selected match keys of every kanji run of <paramref name="sentence"/> to <paramref name="found"/>.</summary>
    /// <param name="ownRuns">
    /// One thread's own cache of run ids in front of the shared one, whose lookups take a lock (a chunk of
    /// sentences read on one thread passes its own); null to use the shared one alone.
    /// </param>
    public void Match(string sentence, List<int> found, SpanKeyedCache<int[]>? ownRuns = null)
    {
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
                ids = SharedIdsOf(run, out var text);
                ownRuns?.Add(text, ids);
            }

            // One Add per id: AddRange(int[]) goes through ICollection<int> and a copy helper ReadyToRun leaves to the JIT.
            foreach (var id in ids)
            {
                found.Add(id);
            }
        }
    }

    /// <summary>A run's ids from the shared cache, read and added there on a miss, and the run as the cache's key string.</summary>
    private int[] SharedIdsOf(ReadOnlySpan<char> run, out string text) =>
        idsByRun.TryGet(run, out text, out var ids) ? ids : idsByRun.Add(run, IdsOf(run), out text);

    /// <summary>
    /// The selected ids of a run's distinct match keys, in order of first occurrence (substrings by start, then length;
    /// each entry's readings in order): a key's id stands for the key, the selector giving it the same id each time.
    /// </summary>
    private int[] IdsOf(ReadOnlySpan<char> run)
    {
        var ids = runIds ??= [];
        ids.Clear();
        for (var start = 0; start < run.Length; start++)
        {
            for (var length = 1; length <= table.LongestSurface && start + length <= run.Length; length++)
            {
                if (!table.TryGetEntry(run.Slice(start, length), out var entry))
                {
                    continue;
                }

                foreach (var id in idsByEntry[entry >> PageBits]?[entry & PageMask] ?? ReadEntry(entry))
                {
                    AddDistinct(ids, id);
                }
            }
        }

        return ids.Count == 0 ? [] : [.. ids];
    }

    /// <summary>The selected ids of entry <paramref name="entry"/>'s distinct match keys, stored for the next run that contains it.</summary>
    private int[] ReadEntry(int entry)
    {
        var ids = entryIds ??= [];
        ids.Clear();
        var readings = table.ReadingsOf(entry);
        var minimum = table.SurfaceLengthOf(entry) == 1 ? minSingleKanjiKeyLength : minKeyLength;
        foreach (var range in readings.Split(','))
        {
            var key = KeyOf(readings[range]);
            if (key.Length >= minimum && select(key) is var id && id >= 0)
            {
                AddDistinct(ids, id);
            }
        }

        int[] read = ids.Count == 0 ? [] : [.. ids];
        var page = idsByEntry[entry >> PageBits];
        if (page is null)
        {
            var fresh = new int[]?[1 << PageBits];
            page = Interlocked.CompareExchange(ref idsByEntry[entry >> PageBits], fresh, null) ?? fresh;
        }

        page[entry & PageMask] = read;
        return read;
    }

    /// <summary>A run has a handful of ids: a linear search beats hashing.</summary>
    private static void AddDistinct(List<int> ids, int id)
    {
        foreach (var known in ids)
        {
            if (known == id)
            {
                return;
            }
        }

        ids.Add(id);
    }

    private string KeyOf(ReadOnlySpan<char> reading)
    {
        return keysByReading.TryGet(reading, out _, out var key)
            ? key
            : keysByReading.Add(reading, HepburnRomaniser.MatchKey(HepburnRomaniser.Romanise(reading)), out _);
    }
}
