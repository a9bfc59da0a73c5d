namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// One English word form as a chunk reads it: its stem, whether it is a content word, and the ids of its keys in the
/// chunk. The first three keys are held in line (a form has at most three unless it reads as romaji: lexicon key, Latin
/// token, skeleton), so a cache hit reads its keys from the cache's own slot instead of reaching a separate array; any
/// further keys are in <c>rest</c>.
/// </summary>
internal readonly struct ChunkWord
{
    private readonly int first;
    private readonly int second;
    private readonly int third;
    private readonly int[]? rest;

    /// <summary>How many of first, second and third hold keys: a byte keeps the slot at 32 bytes.</summary>
    private readonly byte inLine;

    /// <param name="stem">The form's stem.</param>
    /// <param name="keys">The ids of its keys in the chunk, in the order they are added to a sentence's keys.</param>
    /// <param name="isContentWord">Whether the stem counts as a content word.</param>
    public ChunkWord(string stem, ReadOnlySpan<int> keys, bool isContentWord)
    {
        Stem = stem;
        IsContentWord = isContentWord;
        inLine = (byte)Math.Min(keys.Length, 3);
        first = keys.Length > 0 ? keys[0] : 0;
        second = keys.Length > 1 ? keys[1] : 0;
        third = keys.Length > 2 ? keys[2] : 0;
        rest = keys.Length > 3 ? keys[3..].ToArray() : null;
    }

    public string Stem { get; }

    public bool IsContentWord { get; }

    /// <summary>Appends the form's key ids to <paramref name="found"/>, in order (one Add per key: AddRange reaches an interface cast and a copy helper ReadyToRun leaves to the JIT).</summary>
    public void AddKeysTo(List<int> found)
    {
        if (inLine == 0)
        {
            return;
        }

        found.Add(first);
        if (inLine == 1)
        {
            return;
        }

        found.Add(second);
        if (inLine == 2)
        {
            return;
        }

        found.Add(third);
        if (rest is not null)
        {
            foreach (var key in rest)
            {
                found.Add(key);
            }
        }
    }
}
