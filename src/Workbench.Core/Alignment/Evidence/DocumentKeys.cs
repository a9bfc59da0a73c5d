namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// The evidence keys of one document, numbered in order of first occurrence after the lexicon's own keys, with their
/// weights. Sentences are read in chunks on several cores, each numbering the keys it meets first locally
/// (<see cref="ChunkKeys"/>); adopting the chunks in document order then gives every key the id a single sequential
/// reading would have given it, because a chunk meets its keys in document order and an earlier chunk's key keeps its id.
/// </summary>
internal sealed class DocumentKeys
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);

    public DocumentKeys(IReadOnlyList<double> lexiconWeights)
    {
        Weights = [.. lexiconWeights];
    }

    /// <summary>The weight of every key, by id: the lexicon's keys first, then the document's.</summary>
    public List<double> Weights { get; }

    /// <summary>The id of a key already adopted, or -1.</summary>
    public int IdOf(string name) => ids.TryGetValue(name, out var id) ? id : -1;

    /// <summary>
    /// Gives the keys <paramref name="chunk"/> met first a document id, in the chunk's order of first occurrence (a key
    /// an earlier chunk brought keeps its id and weight), and returns the document id of each chunk-local key.
    /// </summary>
    public int[] Adopt(ChunkKeys chunk)
    {
        var map = new int[chunk.Names.Count];
        ids.EnsureCapacity(ids.Count + map.Length);
        for (var local = 0; local < map.Length; local++)
        {
            var name = chunk.Names[local];
            if (!ids.TryGetValue(name, out var id))
            {
                id = Weights.Count;
                Weights.Add(chunk.Weights[local]);
                ids.Add(name, id);
            }

            map[local] = id;
        }

        return map;
    }

    /// <summary>
    /// Replaces, in place, the chunk-local ids (<see cref="ChunkKeys.IsLocal"/>) of a sentence's sorted distinct keys by
    /// their document ids through <paramref name="map"/> and sorts the keys again (distinct ids stay distinct).
    /// </summary>
    public static void Renumber(int[] keys, int[] map)
    {
        var renumbered = false;
        for (var k = 0; k < keys.Length && ChunkKeys.IsLocal(keys[k]); k++)
        {
            keys[k] = map[ChunkKeys.LocalIndex(keys[k])];
            renumbered = true;
        }

        if (renumbered)
        {
            SentenceKeyReader.SortKeys(keys);
        }
    }
}
