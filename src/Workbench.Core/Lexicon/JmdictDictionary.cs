using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Workbench.Core.Lexicon;

/// <summary>
/// JMdict (EDRDG, CC BY-SA 4.0; see Lexicon/ATTRIBUTION.md) precompiled by <see cref="JmdictCompiler"/>: one blob read
/// once, strings decoded only when asked for, lookups by binary search. Two dictionaries are bundled:
/// <see cref="Common"/> (≈ 30,000 common entries, the aligner's default lexicon) and <see cref="Full"/> (≈ 214,000).
/// Japanese lookups are exact on a kanji or kana form (<c>抑止</c>, <c>よくし</c>); English lookups are exact on a
/// whole gloss, ignoring case (<c>deterrence</c>). Instances are immutable and safe to share between threads.
/// </summary>
public sealed class JmdictDictionary
{
    private const string CommonResource = "Workbench.Core.Lexicon.jmdict_common.wbdic";
    private const string FullResource = "Workbench.Core.Lexicon.jmdict_full.wbdic.br";

    /// <summary>Bytes of the header: magic and the eight counts, which identify a compiled dictionary well enough for <see cref="PrecomputedLexiconIndex"/>.</summary>
    internal const int HeaderLength = 40;

    private static readonly Lazy<JmdictDictionary> CommonDictionary = new(() => FromResource(CommonResource));
    private static readonly Lazy<JmdictDictionary> FullDictionary = new(() => FromResource(FullResource));

    private readonly byte[] data;
    private readonly int[] stringOffsets;
    private readonly int stringBase;
    private readonly int[] sequences;
    private readonly int[] refStarts;
    private readonly int[] formCounts;
    private readonly int[] alignerGlossCounts;
    private readonly int[] refs;
    private readonly Postings japanese;
    private readonly Postings english;
    private readonly string?[] decoded;
    private readonly Lazy<JmdictLexicon> lexicon;

    private JmdictDictionary(byte[] data, string source)
    {
        this.data = data;
        if (data.Length < HeaderLength || !data.AsSpan(0, 8).SequenceEqual(JmdictCompiler.Magic))
        {
            throw new WorkbenchInputException($"{source}: not a compiled Workbench JMdict (expected {Encoding.ASCII.GetString(JmdictCompiler.Magic)})");
        }

        var position = 8;
        var entryCount = ReadInt(ref position);
        var stringCount = ReadInt(ref position);
        var stringBytes = ReadInt(ref position);
        var refCount = ReadInt(ref position);
        var japaneseKeys = ReadInt(ref position);
        var japanesePostings = ReadInt(ref position);
        var englishKeys = ReadInt(ref position);
        var englishPostings = ReadInt(ref position);
        stringOffsets = ReadInts(ref position, stringCount + 1);
        stringBase = position;
        position += stringBytes + ((4 - (stringBytes % 4)) % 4);
        sequences = ReadInts(ref position, entryCount);
        refStarts = ReadInts(ref position, entryCount + 1);
        formCounts = ReadInts(ref position, entryCount);
        alignerGlossCounts = ReadInts(ref position, entryCount);
        refs = ReadInts(ref position, refCount);
        japanese = new Postings(ReadInts(ref position, japaneseKeys), ReadInts(ref position, japaneseKeys + 1), ReadInts(ref position, japanesePostings));
        english = new Postings(ReadInts(ref position, englishKeys), ReadInts(ref position, englishKeys + 1), ReadInts(ref position, englishPostings));
        decoded = new string?[stringCount];
        lexicon = new Lazy<JmdictLexicon>(() => new JmdictLexicon(this));
    }

    /// <summary>The bundled JMdict common entries, read on first use, once per process: embedded uncompressed, so reading is one copy (Brotli cost the aligning commands ≈ 9% of their CPU).</summary>
    public static JmdictDictionary Common => CommonDictionary.Value;

    /// <summary>The bundled full JMdict, read and decompressed on first use, once per process.</summary>
    public static JmdictDictionary Full => FullDictionary.Value;

    /// <summary>Number of entries.</summary>
    public int EntryCount => sequences.Length;

    /// <summary>The magic and counts this dictionary was read with.</summary>
    internal ReadOnlySpan<byte> Header => data.AsSpan(0, HeaderLength);

    /// <summary>The header of the bundled common dictionary, read without reading the rest.</summary>
    internal static byte[] CommonHeader()
    {
        using var stream = OpenResource(CommonResource);
        var header = new byte[HeaderLength];
        stream.ReadExactly(header);
        return header;
    }

    /// <summary>Reads a file written by <see cref="JmdictCompiler"/> (<c>.wbdic</c>, or <c>.wbdic.br</c> compressed).</summary>
    public static JmdictDictionary Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new WorkbenchInputException($"{path}: lexicon file not found");
        }

        using var stream = File.OpenRead(path);
        return new JmdictDictionary(ReadAll(stream, path.EndsWith(".br", StringComparison.OrdinalIgnoreCase)), path);
    }

    /// <summary>Entry <paramref name="index"/> (0 ≤ index &lt; <see cref="EntryCount"/>), in source order.</summary>
    public JmdictEntry Entry(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, EntryCount);
        var start = refStarts[index];
        var kanji = formCounts[index] >> 16;
        var kana = formCounts[index] & 0xFFFF;
        return new JmdictEntry(
            sequences[index],
            Strings(start, kanji),
            Strings(start + kanji, kana),
            Strings(start + kanji + kana, refStarts[index + 1] - start - kanji - kana));
    }

    /// <summary>The entries that have <paramref name="japanese"/> as a kanji form or a reading, in source order.</summary>
    public IReadOnlyList<JmdictEntry> Lookup(string japanese)
    {
        ArgumentNullException.ThrowIfNull(japanese);
        return Entries(this.japanese, japanese);
    }

    /// <summary>The English glosses of every entry of <paramref name="japanese"/>, without repeats, in entry order.</summary>
    public IReadOnlyList<string> Glosses(string japanese) => Lookup(japanese).SelectMany(e => e.Glosses).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The kana readings of every entry of <paramref name="japanese"/> (for a kana word, itself), without repeats.</summary>
    public IReadOnlyList<string> Readings(string japanese) => Lookup(japanese).SelectMany(e => e.Readings).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The entries with a gloss equal to <paramref name="english"/>, ignoring case, in source order.</summary>
    public IReadOnlyList<JmdictEntry> LookupEnglish(string english)
    {
        ArgumentNullException.ThrowIfNull(english);
        return Entries(this.english, JmdictCompiler.EnglishKey(english.Trim()));
    }

    /// <summary>The Japanese forms (<see cref="JmdictEntry.TextForms"/>) of every entry glossed <paramref name="english"/>.</summary>
    public IReadOnlyList<string> JapaneseForms(string english) =>
        LookupEnglish(english).SelectMany(e => e.TextForms).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The aligner's view: one <see cref="LexiconEntry"/> per text form and gloss among each entry's first eight raw
    /// glosses, in source order — the same entries <see cref="JmdictLexiconLoader"/> reads from the source text.
    /// </summary>
    public ILexicon AsLexicon() => lexicon.Value;

    private static JmdictDictionary FromResource(string name)
    {
        using var stream = OpenResource(name);
        return new JmdictDictionary(ReadAll(stream, name.EndsWith(".br", StringComparison.Ordinal)), name);
    }

    private static Stream OpenResource(string name)
    {
        var assembly = typeof(JmdictDictionary).Assembly;
        return assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded lexicon {name} is missing from {assembly.GetName().Name}");
    }

    private static byte[] ReadAll(Stream stream, bool brotli)
    {
        if (brotli)
        {
            Span<byte> prefix = stackalloc byte[4];
            stream.ReadExactly(prefix);
            var bytes = new byte[BinaryPrimitives.ReadInt32LittleEndian(prefix)];
            using var decompressed = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
            decompressed.ReadExactly(bytes);
            return bytes;
        }

        var all = new byte[stream.Length - stream.Position];
        stream.ReadExactly(all);
        return all;
    }

    private int ReadInt(ref int position)
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(position));
        position += 4;
        return value;
    }

    private int[] ReadInts(ref int position, int count)
    {
        var values = MemoryMarshal.Cast<byte, int>(data.AsSpan(position, count * 4)).ToArray();
        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(values, values);
        }

        position += count * 4;
        return values;
    }

    private string String(int id)
    {
        var text = decoded[id];
        if (text is null)
        {
            text = Encoding.UTF8.GetString(Bytes(id));
            decoded[id] = text;
        }

        return text;
    }

    private ReadOnlySpan<byte> Bytes(int id) => data.AsSpan(stringBase + stringOffsets[id], stringOffsets[id + 1] - stringOffsets[id]);

    private string[] Strings(int refStart, int count)
    {
        var strings = new string[count];
        for (var i = 0; i < count; i++)
        {
            strings[i] = String(refs[refStart + i]);
        }

        return strings;
    }

    private List<JmdictEntry> Entries(Postings postings, string key)
    {
        var utf8 = Encoding.UTF8.GetBytes(key);
        var low = 0;
        var high = postings.Keys.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = Bytes(postings.Keys[middle]).SequenceCompareTo(utf8);
            if (order == 0)
            {
                var entries = new List<JmdictEntry>(postings.Starts[middle + 1] - postings.Starts[middle]);
                for (var p = postings.Starts[middle]; p < postings.Starts[middle + 1]; p++)
                {
                    entries.Add(Entry(postings.Entries[p]));
                }

                return entries;
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

        return [];
    }

    /// <summary>
    /// The (gloss, form) string-id pairs of <see cref="AsLexicon"/>'s entries, in the same order, so an index can stem
    /// each distinct gloss once and read each form once without materialising the entries.
    /// </summary>
    internal void ForEachAlignerPair(Action<int, int> pair)
    {
        for (var e = 0; e < EntryCount; e++)
        {
            var start = refStarts[e];
            var kanji = formCounts[e] >> 16;
            var kana = formCounts[e] & 0xFFFF;
            var (formStart, formCount) = kanji > 0 ? (start, kanji) : (start + kanji, kana);
            var glossStart = start + kanji + kana;
            for (var g = 0; g < alignerGlossCounts[e]; g++)
            {
                for (var f = 0; f < formCount; f++)
                {
                    pair(refs[glossStart + g], refs[formStart + f]);
                }
            }
        }
    }

    /// <summary>Number of distinct strings, the bound of the ids <see cref="ForEachAlignerPair"/> passes.</summary>
    internal int StringCount => decoded.Length;

    /// <summary>String <paramref name="id"/>, decoded once.</summary>
    internal string StringAt(int id) => String(id);

    internal BilingualLexicon BuildLexicon()
    {
        var entries = new List<LexiconEntry>();
        ForEachAlignerPair((gloss, form) => entries.Add(new LexiconEntry(String(gloss), String(form))));
        return new BilingualLexicon(entries);
    }

    private sealed record Postings(int[] Keys, int[] Starts, int[] Entries);
}
