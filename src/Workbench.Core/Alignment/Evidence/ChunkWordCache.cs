namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// One English chunk's readings of the word forms it has met (<see cref="ChunkWord"/>), by form: open addressing over
/// plain arrays with a hash computed in line. The span-keyed <c>Dictionary</c> lookup it replaces (the comparer's
/// hashing and comparing reached through interface calls, in ReadyToRun code) cost more than the rest of a cached word.
/// </summary>
internal sealed class ChunkWordCache
{
    private string?[] forms = new string?[4096];
    private int[] hashes = new int[4096];
    private ChunkWord[] words = new ChunkWord[4096];
    private int count;

    /// <summary>The hash <see cref="TryGet"/> and <see cref="Add"/> expect for <paramref name="word"/>.</summary>
    public static int Hash(ReadOnlySpan<char> word)
    {
        var hash = (uint)word.Length;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 0x01000193u;
        }

        return (int)(hash ^ (hash >> 15));
    }

    public bool TryGet(ReadOnlySpan<char> word, int hash, out ChunkWord known)
    {
        var mask = forms.Length - 1;
        for (var slot = hash & mask; forms[slot] is { } form; slot = (slot + 1) & mask)
        {
            if (hashes[slot] == hash && word.SequenceEqual(form))
            {
                known = words[slot];
                return true;
            }
        }

        known = default;
        return false;
    }

    /// <summary>Adds a form <see cref="TryGet"/> did not find.</summary>
    public void Add(ReadOnlySpan<char> word, int hash, ChunkWord known)
    {
        if (2 * (count + 1) > forms.Length)
        {
            Grow();
        }

        Insert(word.ToString(), hash, known);
        count++;
    }

    private void Insert(string form, int hash, ChunkWord known)
    {
        var mask = forms.Length - 1;
        var slot = hash & mask;
        while (forms[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        forms[slot] = form;
        hashes[slot] = hash;
        words[slot] = known;
    }

    private void Grow()
    {
        var (oldForms, oldHashes, oldWords) = (forms, hashes, words);
        forms = new string?[oldForms.Length * 2];
        hashes = new int[oldForms.Length * 2];
        words = new ChunkWord[oldForms.Length * 2];
        for (var slot = 0; slot < oldForms.Length; slot++)
        {
            if (oldForms[slot] is { } form)
            {
                Insert(form, oldHashes[slot], oldWords[slot]);
            }
        }
    }
}
