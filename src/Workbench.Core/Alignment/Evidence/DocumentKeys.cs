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
    /// A sentence's keys as the aligner reads them: chunk-local ids (<see cref="ChunkKeys.IsLocal"/>) replaced by their
    /// document ids through <paramref name="map"/>, sorted, each once. Sorts <paramref name="keys"/> in place and returns
    /// it when it holds no repeat.
    /// </summary>
    public static int[] Renumber(int[] keys, int[] map)
    {
        for (var k = 0; k < keys.Length; k++)
        {
            if (ChunkKeys.IsLocal(keys[k]))
            {
                keys[k] = map[ChunkKeys.LocalIndex(keys[k])];
            }
        }

        Array.Sort(keys);
        var distinct = 0;
        for (var k = 0; k < keys.Length; k++)
        {
            distinct += k == 0 || keys[k] != keys[k - 1] ? 1 : 0;
        }

        if (distinct == keys.Length)
        {
            return keys;
        }

        var unique = new int[distinct];
        var n = 0;
        for (var k = 0; k < keys.Length; k++)
        {
            if (k == 0 || keys[k] != keys[k - 1])
            {
                unique[n++] = keys[k];
            }
        }

        return unique;
    }
}
