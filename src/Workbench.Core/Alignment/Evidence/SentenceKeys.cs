namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// The evidence keys of each sentence of one side: sorted distinct key ids, a span of a block many sentences share. Each
/// chunk of sentences writes its sentences' keys one after another into blocks of its own (<see cref="Writer"/>), not
/// into an array per sentence: the keys live from extraction to the end of the alignment, so an array per sentence was
/// 80,000 more objects for the collection after extraction to mark and move, and pruning a sentence's keys (<see cref="Keep"/>)
/// allocated its array a second time, where a span shrinks in place.
/// </summary>
internal sealed class SentenceKeys
{
    /// <summary>Keys per block: 64 KB, off the large-object heap.</summary>
    private const int BlockLength = 16_384;

    private readonly Slice[] slices;

    /// <param name="sentences">Sentences of the side; a sentence not written yet has no keys.</param>
    public SentenceKeys(int sentences) => slices = new Slice[sentences];

    /// <summary>Sentences of the side.</summary>
    public int Count => slices.Length;

    /// <summary>The keys of sentence <paramref name="sentence"/>, ascending.</summary>
    public ReadOnlySpan<int> this[int sentence]
    {
        get
        {
            var slice = slices[sentence];
            return slice.Block.AsSpan(slice.Start, slice.Count);
        }
    }

    /// <summary>The keys of sentence <paramref name="sentence"/>, to renumber in place (the chunk's thread only).</summary>
    public Span<int> Writable(int sentence)
    {
        var slice = slices[sentence];
        return slice.Block.AsSpan(slice.Start, slice.Count);
    }

    /// <summary>Keeps, in order, the keys of sentence <paramref name="sentence"/> that <paramref name="marked"/> marks.</summary>
    public void Keep(int sentence, bool[] marked)
    {
        var keys = Writable(sentence);
        var kept = 0;
        foreach (var key in keys)
        {
            if (marked[key])
            {
                keys[kept++] = key;
            }
        }

        slices[sentence] = slices[sentence] with { Count = kept };
    }

    /// <summary>Gives sentence <paramref name="sentence"/> the sorted distinct <paramref name="keys"/>, an array of its own (a few sentences, after induction).</summary>
    public void Replace(int sentence, int[] keys) => slices[sentence] = new Slice(keys, 0, keys.Length);

    /// <summary>Where one sentence's keys are: a struct, so that finding a sentence's span reads one array entry.</summary>
    private readonly record struct Slice(int[] Block, int Start, int Count);

    /// <summary>Writes the keys of one chunk's sentences into blocks of its own, on the chunk's thread.</summary>
    public sealed class Writer(SentenceKeys keys)
    {
        private int[] block = [];
        private int used;

        public void Write(int sentence, ReadOnlySpan<int> sentenceKeys)
        {
            var count = sentenceKeys.Length;
            if (used + count > block.Length)
            {
                block = new int[Math.Max(BlockLength, count)];
                used = 0;
            }

            sentenceKeys.CopyTo(block.AsSpan(used));
            keys.slices[sentence] = new Slice(block, used, count);
            used += count;
        }
    }
}
