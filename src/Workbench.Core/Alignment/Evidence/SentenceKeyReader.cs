using System.Globalization;
using System.Runtime.InteropServices;

namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// What the English and Japanese key readers share: one reader reads one contiguous chunk of sentences, in order, on
/// one thread, naming keys through its <see cref="ChunkKeys"/>. Its id caches are its own (the caches it shares with
/// other chunks hold names, not ids), and a cache hit only skips naming a key the chunk has already named, so the chunk
/// names its keys in the order of their first occurrence within it: adopting the chunks in document order then numbers
/// every key as one sequential reading of the document would.
/// </summary>
internal abstract class SentenceKeyReader(AlignerOptions options, ChunkKeys keys)
{
    /// <summary>Formatting a decimal is slow and numbers recur: each value's key is looked up once.</summary>
    private readonly NumberKeyCache numberKeys = new();

    private int? questionKey;
    private int? quoteKey;
    private int? bracketKey;

    public ChunkKeys Keys { get; } = keys;

    protected AlignerOptions Options { get; } = options;

    /// <summary>Scratch list reused from sentence to sentence.</summary>
    protected List<int> Found { get; } = [];

    protected int Key(string name, double weight) => Keys.Key(name, weight);

    /// <summary>A key name: <paramref name="prefix"/> and the word lower-cased, in one allocation.</summary>
    public static string LowerName(string prefix, ReadOnlySpan<char> word)
    {
        var length = prefix.Length + word.Length;
        Span<char> name = length <= 128 ? stackalloc char[length] : new char[length];
        prefix.CopyTo(name);
        word.ToLowerInvariant(name[prefix.Length..]);
        return new string(name);
    }

    protected void AddNumbers(NumberList numbers, List<int> found)
    {
        for (var n = 0; n < numbers.Count; n++)
        {
            var number = numbers[n];
            if (!numberKeys.TryGet(number, out var key))
            {
                var weight = number < Options.SmallNumberLimit ? Options.SmallNumberWeight : Options.NumberWeight;
                key = Key("n:" + number.ToString("0.############", CultureInfo.InvariantCulture), weight);
                numberKeys.Add(number, key);
            }

            found.Add(key);
        }
    }

    protected void AddPunctuation(string text, List<int> found, char question, char asciiQuestion, string quotes, string brackets)
    {
        if (text.Contains(question, StringComparison.Ordinal) || text.Contains(asciiQuestion, StringComparison.Ordinal))
        {
            found.Add(questionKey ??= Key("p:?", Options.PunctuationWeight));
        }

        if (text.AsSpan().IndexOfAny(quotes) >= 0)
        {
            found.Add(quoteKey ??= Key("p:\"", Options.PunctuationWeight));
        }

        if (text.AsSpan().IndexOfAny(brackets) >= 0)
        {
            found.Add(bracketKey ??= Key("p:(", Options.PunctuationWeight));
        }
    }

    /// <summary>Short skeletons (two consonants) collide by chance more often, so they weigh half.</summary>
    public static double SkeletonWeight(string skeleton, AlignerOptions options) =>
        skeleton.Length > options.MinSkeletonLength ? options.TransliterationWeight : options.TransliterationWeight / 2;

    /// <summary>Short romaji (Ise, Oki) meet by chance more often, so they weigh less.</summary>
    public static double ReadingKeyWeight(string key, AlignerOptions options) =>
        key.Length >= options.FullWeightReadingKeyLength ? options.ReadingWeight : options.ReadingWeight / 2;

    /// <summary>
    /// The distinct keys found for one sentence, sorted, in one array of the exact size; with <paramref name="onOtherSide"/>
    /// only the document keys it marks (a key the other side lacks can never be shared).
    /// </summary>
    protected int[] TakeFound(bool[]? onOtherSide = null)
    {
        var span = CollectionsMarshal.AsSpan(Found);
        if (onOtherSide is not null)
        {
            // Most keys of a Japanese sentence (lexicon forms, readings) are on no English sentence: dropping them first
            // leaves far fewer to sort.
            span = span[..KeepMarked(span, onOtherSide)];
        }

        SortKeys(span);
        // Each key once, compacted in place (one pass instead of a count and a copy), then copied out at its size.
        var distinct = 0;
        foreach (var key in span)
        {
            if (distinct == 0 || key != span[distinct - 1])
            {
                span[distinct++] = key;
            }
        }

        return span[..distinct].ToArray();
    }

    /// <summary>Moves the keys <paramref name="marked"/> holds (chunk-local ids never) to the front, in order, and returns how many.</summary>
    private static int KeepMarked(Span<int> keys, bool[] marked)
    {
        var kept = 0;
        foreach (var key in keys)
        {
            if ((uint)key < (uint)marked.Length && marked[key])
            {
                keys[kept++] = key;
            }
        }

        return kept;
    }

    /// <summary>Sorts a sentence's keys (<see cref="KeySort"/>).</summary>
    internal static void SortKeys(Span<int> keys) => KeySort.Sort(keys);
}
