namespace Workbench.Core.Alignment.Readings;

/// <summary>
/// One thread's cache of what it has read for each word or run of a text (a chunk of sentences: English word forms,
/// katakana words, kanji runs), looked up by a span of the sentence: open addressing over plain arrays with a hash
/// computed in line. The span-keyed <c>Dictionary</c> lookup it replaces (the comparer's hashing and comparing reached
/// through an interface cast and interface calls, in ReadyToRun code) cost more than the rest of reading a cached word.
/// </summary>
internal sealed class SpanKeyedCache<TValue>
{
    private string?[] forms = new string?[1024];
    private int[] hashes = new int[1024];
    private TValue[] words = new TValue[1024];
    private int count;

    public bool TryGet(ReadOnlySpan<char> word, out TValue known) => TryGet(word, out _, out known);

    /// <summary>Like <see cref="TryGet(ReadOnlySpan{char}, out TValue)"/>, also giving the form as the string the cache holds.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out string form, out TValue known)
    {
        var hash = Hash(word);
        var mask = forms.Length - 1;
        for (var slot = hash & mask; forms[slot] is { } held; slot = (slot + 1) & mask)
        {
            if (hashes[slot] == hash && word.SequenceEqual(held))
            {
                (form, known) = (held, words[slot]);
                return true;
            }
        }

        (form, known) = (null!, default!);
        return false;
    }

    /// <summary>Every value held, in slot order.</summary>
    public List<TValue> Values()
    {
        var values = new List<TValue>(count);
        for (var slot = 0; slot < forms.Length; slot++)
        {
            if (forms[slot] is not null)
            {
                values.Add(words[slot]);
            }
        }

        return values;
    }

    /// <summary>Adds a form <see cref="TryGet(ReadOnlySpan{char}, out TValue)"/> did not find.</summary>
    public void Add(ReadOnlySpan<char> word, TValue known) => Add(word.ToString(), known);

    /// <summary>Adds a form <see cref="TryGet(ReadOnlySpan{char}, out TValue)"/> did not find, held as the string given (a shared cache's key, not a copy).</summary>
    public void Add(string word, TValue known)
    {
        if (2 * (count + 1) > forms.Length)
        {
            Grow();
        }

        Insert(word, Hash(word), known);
        count++;
    }

    private void Insert(string form, int hash, TValue known)
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
        words = new TValue[oldForms.Length * 2];
        for (var slot = 0; slot < oldForms.Length; slot++)
        {
            if (oldForms[slot] is { } form)
            {
                Insert(form, oldHashes[slot], oldWords[slot]);
            }
        }
    }

    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = (uint)word.Length;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 0x01000193u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
