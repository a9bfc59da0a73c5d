namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// Numbers the evidence keys one chunk of sentences meets and the document does not know yet, in order of first
/// occurrence within the chunk. A key the document already holds (<see cref="DocumentKeys"/>, read only while chunks
/// are read) keeps its document id; a new one gets a negative chunk-local id until <see cref="DocumentKeys.Adopt"/>
/// maps it.
/// </summary>
internal sealed class ChunkKeys(DocumentKeys document)
{
    private readonly Dictionary<string, int> local = new(StringComparer.Ordinal);

    /// <summary>The chunk's new keys, by local index.</summary>
    public List<string> Names { get; } = [];

    /// <summary>The weight each new key had where the chunk first met it.</summary>
    public List<double> Weights { get; } = [];

    public static bool IsLocal(int id) => id < 0;

    public static int LocalIndex(int id) => ~id;

    /// <summary>The id of the key <paramref name="name"/>: its document id if it has one, else its chunk-local id.</summary>
    public int Key(string name, double weight)
    {
        var id = document.IdOf(name);
        if (id >= 0)
        {
            return id;
        }

        if (!local.TryGetValue(name, out var index))
        {
            index = Names.Count;
            Names.Add(name);
            Weights.Add(weight);
            local.Add(name, index);
        }

        return ~index;
    }
}
