namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// The content-word stems of each English sentence, the candidates of the induced lexicon. Each chunk of sentences writes
/// its stems one sentence after another into blocks that many sentences share, not into an array per sentence: the stems
/// live from extraction to the lexicon induction, so an array per sentence was 40,000 more objects for every collection
/// of that time to trace and promote.
/// </summary>
internal sealed class SentenceStems
{
    /// <summary>Stems per block: 32 KB of references, off the large-object heap.</summary>
    private const int BlockLength = 4096;

    private readonly string[][] blocks;
    private readonly int[] starts;
    private readonly int[] counts;

    public SentenceStems(int sentences)
    {
        blocks = new string[sentences][];
        starts = new int[sentences];
        counts = new int[sentences];
    }

    public int Count => starts.Length;

    /// <summary>The stems of sentence <paramref name="sentence"/>, in the order its words have them.</summary>
    public ReadOnlySpan<string> this[int sentence] => blocks[sentence].AsSpan(starts[sentence], counts[sentence]);

    /// <summary>Writes the stems of one chunk's sentences into blocks of its own, on the chunk's thread.</summary>
    public sealed class Writer(SentenceStems stems)
    {
        private string[] block = [];
        private int used;

        public void Write(int sentence, List<string> sentenceStems)
        {
            var count = sentenceStems.Count;
            if (used + count > block.Length)
            {
                block = new string[Math.Max(BlockLength, count)];
                used = 0;
            }

            sentenceStems.CopyTo(block, used);
            stems.blocks[sentence] = block;
            stems.starts[sentence] = used;
            stems.counts[sentence] = count;
            used += count;
        }
    }
}
