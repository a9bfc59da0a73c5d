using System.Text;

namespace Workbench.Core.Lexicon;

/// <summary>
/// The aligner's index of a compiled dictionary, computed when the dictionary is compiled instead of on every aligning
/// run: the English stems of the aligner glosses with their keys, and the <see cref="SortedPhraseTable"/> of the
/// Japanese forms. Keys are lexicon-local (0 … <see cref="KeyCount"/> − 1, in the order the run-time build would number
/// them); an aligner shifts them past its glossary's keys. The bundled one (<c>jmdict_common.wbidx</c>, beside the
/// dictionary it indexes) is written by <c>workbench lexicon compile --aligner-index</c>; how stems and matchable forms
/// are chosen is the aligner's rule (<c>LexiconIndex</c>), and a test holds the file equal to what that rule makes today.
/// </summary>
/// <remarks>
/// Layout, little-endian: magic <c>WBLXIDX1</c>; the 40-byte header of the <c>.wbdic</c> it was computed from (its
/// magic and counts: a dictionary recompiled without its index is noticed); int32 stem count and stem characters;
/// stem starts [stems + 1] in ordinal order of the stems; stem keys [stems]; stem characters (UTF-16); then the
/// Japanese table (<see cref="SortedPhraseTable.Write"/>).
/// </remarks>
internal sealed class PrecomputedLexiconIndex
{
    private const string BundledResource = "Workbench.Core.Lexicon.jmdict_common.wbidx";

    private static readonly Lazy<PrecomputedLexiconIndex?> BundledIndex = new(LoadBundled);

    private readonly byte[] sourceHeader;
    private readonly char[] stemChars;
    private readonly int[] stemStarts;
    private readonly int[] stemKeys;

    private PrecomputedLexiconIndex(byte[] sourceHeader, char[] stemChars, int[] stemStarts, int[] stemKeys, SortedPhraseTable japanese)
    {
        this.sourceHeader = sourceHeader;
        this.stemChars = stemChars;
        this.stemStarts = stemStarts;
        this.stemKeys = stemKeys;
        Japanese = japanese;
    }

    private static ReadOnlySpan<byte> Magic => "WBLXIDX1"u8;

    /// <summary>
    /// The index of <see cref="JmdictDictionary.Common"/>, read on first use without reading the dictionary; null if the
    /// embedded dictionary is not the one it was computed from (the aligner then builds its index at run time).
    /// </summary>
    public static PrecomputedLexiconIndex? Bundled => BundledIndex.Value;

    /// <summary>Number of keys: one per stem.</summary>
    public int KeyCount => stemKeys.Length;

    /// <summary>The Japanese forms with the lexicon-local keys of their glosses' stems.</summary>
    public SortedPhraseTable Japanese { get; }

    /// <summary>The index of <paramref name="dictionary"/> with <paramref name="stems"/> (key i is stems[i]) and its Japanese table.</summary>
    public static PrecomputedLexiconIndex Create(JmdictDictionary dictionary, IReadOnlyList<string> stems, SortedPhraseTable japanese)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(stems);
        var order = Enumerable.Range(0, stems.Count).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(stems[a], stems[b]));
        var starts = new int[stems.Count + 1];
        var text = new StringBuilder();
        for (var i = 0; i < order.Length; i++)
        {
            text.Append(stems[order[i]]);
            starts[i + 1] = text.Length;
        }

        return new PrecomputedLexiconIndex(dictionary.Header.ToArray(), text.ToString().ToCharArray(), starts, order, japanese);
    }

    /// <summary>The lexicon-local key of <paramref name="stem"/>, by binary search of the sorted stems.</summary>
    public bool TryGetStemKey(ReadOnlySpan<char> stem, out int key)
    {
        var low = 0;
        var high = stemKeys.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = stemChars.AsSpan(stemStarts[middle], stemStarts[middle + 1] - stemStarts[middle]).SequenceCompareTo(stem);
            if (order == 0)
            {
                key = stemKeys[middle];
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        key = -1;
        return false;
    }

    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(sourceHeader);
        writer.Write(stemKeys.Length);
        writer.Write(stemChars.Length);
        LittleEndianArrays.Write(writer, stemStarts);
        LittleEndianArrays.Write(writer, stemKeys);
        LittleEndianArrays.Write(writer, stemChars);
        Japanese.Write(writer);
    }

    /// <summary>Reads an index <see cref="Write"/> wrote; <paramref name="source"/> names it in errors.</summary>
    public static PrecomputedLexiconIndex Read(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            Span<byte> magic = stackalloc byte[8];
            stream.ReadExactly(magic);
            if (!magic.SequenceEqual(Magic))
            {
                throw new InvalidDataException($"{source}: not a precomputed lexicon index (expected {Encoding.ASCII.GetString(Magic)})");
            }

            var header = new byte[JmdictDictionary.HeaderLength];
            stream.ReadExactly(header);
            var counts = LittleEndianArrays.ReadInts(stream, 2);
            var starts = LittleEndianArrays.ReadInts(stream, counts[0] + 1);
            var keys = LittleEndianArrays.ReadInts(stream, counts[0]);
            var chars = LittleEndianArrays.ReadChars(stream, counts[1]);
            if (!SortedPhraseTable.AreStarts(starts, chars.Length, strictly: true))
            {
                throw new InvalidDataException($"{source}: stem starts out of order");
            }

            return new PrecomputedLexiconIndex(header, chars, starts, keys, SortedPhraseTable.Read(stream));
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{source}: truncated precomputed lexicon index");
        }
    }

    /// <summary>Whether this index was computed from a dictionary with <paramref name="header"/> (its magic and counts).</summary>
    public bool Indexes(ReadOnlySpan<byte> header) => header.SequenceEqual(sourceHeader);

    private static PrecomputedLexiconIndex? LoadBundled()
    {
        var assembly = typeof(PrecomputedLexiconIndex).Assembly;
        using var stream = assembly.GetManifestResourceStream(BundledResource)
            ?? throw new InvalidOperationException($"embedded lexicon index {BundledResource} is missing from {assembly.GetName().Name}");
        var index = Read(stream, BundledResource);
        return index.Indexes(JmdictDictionary.CommonHeader()) ? index : null;
    }
}
