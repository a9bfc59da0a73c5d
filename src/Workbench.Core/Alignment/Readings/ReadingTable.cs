using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Workbench.Core.Alignment.Readings;

/// <summary>
/// Katakana readings of kanji names and words (岸田 → キシタ, キシダ; 伊勢 → イセ), from IPADIC's proper, place, person
/// and common nouns: the evidence that pairs a kanji name with its romaji spelling in the English. The bundled
/// table (see <c>NOTICE.md</c> beside it) is read on first use.
/// </summary>
/// <remarks>
/// The table keeps its text as one character array and finds a surface through an open-addressing hash of entry
/// numbers: 147,250 entries load without a string each (a dictionary of them cost ~250 ms of CPU at start-up and
/// 300,000 objects for every full garbage collection to trace). The bundled table is embedded compiled
/// (<c>ipadic_readings.wbrt</c>, made with the TSV by <c>generate-ipadic-readings.py</c>, format described there):
/// loading copies its arrays, the hash index included (a deterministic hash, so the generator computes it), where
/// parsing the gzip TSV cost every aligning run 0.1–0.2 s and hashing the 147,250 surfaces at load ≈ 10% of a small
/// <c>align</c>.
/// </remarks>
internal sealed class ReadingTable
{
    private const string ResourceName = "Workbench.Core.Alignment.Readings.ipadic_readings.wbrt";

    private const int CompiledVersion = 2;

    private static readonly Lazy<ReadingTable> BundledTable = new(LoadBundled);

    private readonly char[] text;

    /// <summary>Per entry: where its surface starts in <see cref="text"/>, where it ends, where its readings end.</summary>
    private readonly int[] starts;

    private readonly int[] surfaceEnds;
    private readonly int[] ends;

    /// <summary>Characters between a surface and its readings: the TSV's tab, or none in the compiled form.</summary>
    private readonly int separatorLength;

    /// <summary>Entry number + 1 per slot (0: empty); a power of two at least twice the entries.</summary>
    private readonly int[] slots;

    private ReadingTable(char[] text, int capacity, int separatorLength, int[]? slots = null)
    {
        this.text = text;
        this.separatorLength = separatorLength;
        starts = new int[capacity];
        surfaceEnds = new int[capacity];
        ends = new int[capacity];
        this.slots = slots ?? new int[SlotCount(capacity)];
    }

    public static ReadingTable Bundled => BundledTable.Value;

    public int Count { get; private set; }

    /// <summary>Characters of the longest surface form: no longer substring needs looking up.</summary>
    public int LongestSurface { get; private set; }

    /// <summary>The readings of a surface form, comma-separated katakana (キシタ,キシダ), if the table has it.</summary>
    public bool TryGet(ReadOnlySpan<char> surface, out ReadOnlySpan<char> katakana)
    {
        var entry = Find(surface);
        katakana = entry < 0 ? default : ReadingsOf(entry);
        return entry >= 0;
    }

    /// <summary>Reads the table's format: one surface, a tab and its comma-separated readings per line (a repeated surface: the last line wins).</summary>
    public static ReadingTable Read(TextReader reader)
    {
        var text = reader.ReadToEnd().ToCharArray();
        var table = new ReadingTable(text, text.AsSpan().Count('\n') + 1, separatorLength: 1);
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = Array.IndexOf(text, '\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var contentEnd = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            var tab = text.AsSpan(lineStart, contentEnd - lineStart).IndexOf('\t');
            if (tab > 0 && lineStart + tab < contentEnd - 1)
            {
                table.Add(lineStart, lineStart + tab, contentEnd);
            }

            lineStart = lineEnd + 1;
        }

        return table;
    }

    /// <summary>
    /// Reads the compiled form that <c>generate-ipadic-readings.py</c> writes beside the TSV: its arrays are read
    /// straight into place, hash index included, so nothing is hashed at load.
    /// </summary>
    public static ReadingTable ReadCompiled(Stream stream)
    {
        Span<byte> header = stackalloc byte[24];
        stream.ReadExactly(header);
        var count = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        var textLength = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        var slotCount = BinaryPrimitives.ReadInt32LittleEndian(header[16..]);
        var longest = BinaryPrimitives.ReadInt32LittleEndian(header[20..]);
        if (!header[..4].SequenceEqual("WBRT"u8) || BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != CompiledVersion
            || count < 0 || textLength < 0 || slotCount != SlotCount(count) || longest < 0)
        {
            throw new InvalidDataException($"Not a compiled reading table (version {CompiledVersion}).");
        }

        var entryStarts = ReadInts(stream, count + 1);
        var surfaceLengths = new byte[(count + 3) / 4 * 4];
        stream.ReadExactly(surfaceLengths);
        var slots = ReadInts(stream, slotCount);
        var text = new char[textLength];
        stream.ReadExactly(MemoryMarshal.AsBytes(text.AsSpan()));
        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<char, short>(text.AsSpan()), MemoryMarshal.Cast<char, short>(text.AsSpan()));
        }

        var table = new ReadingTable(text, count, separatorLength: 0, slots) { Count = count };
        for (var entry = 0; entry < count; entry++)
        {
            var start = entryStarts[entry];
            var surfaceEnd = start + surfaceLengths[entry];
            var end = entryStarts[entry + 1];
            if (start < 0 || surfaceLengths[entry] == 0 || surfaceLengths[entry] > longest || surfaceEnd >= end || end > textLength)
            {
                throw new InvalidDataException($"Compiled reading table: entry {entry} is malformed.");
            }

            (table.starts[entry], table.surfaceEnds[entry], table.ends[entry]) = (start, surfaceEnd, end);
            table.LongestSurface = Math.Max(table.LongestSurface, surfaceLengths[entry]);
        }

        // Slots are trusted to be where the hash puts them (checking would hash every surface again; a misplaced one
        // only misses), but must name entries that exist.
        for (var slot = 0; slot < slotCount; slot++)
        {
            if ((uint)slots[slot] > (uint)count)
            {
                throw new InvalidDataException($"Compiled reading table: slot {slot} is malformed.");
            }
        }

        return table;
    }

    /// <summary>Every entry as surface and comma-separated readings, in no particular order.</summary>
    public IEnumerable<(string Surface, string Readings)> Entries()
    {
        for (var entry = 0; entry < Count; entry++)
        {
            yield return (new string(SurfaceOf(entry)), new string(ReadingsOf(entry)));
        }
    }

    private void Add(int start, int surfaceEnd, int end)
    {
        var surface = text.AsSpan(start, surfaceEnd - start);
        var slot = SlotOf(surface);
        if (slots[slot] != 0)
        {
            var existing = slots[slot] - 1;
            (starts[existing], surfaceEnds[existing], ends[existing]) = (start, surfaceEnd, end);
            return;
        }

        (starts[Count], surfaceEnds[Count], ends[Count]) = (start, surfaceEnd, end);
        slots[slot] = ++Count;
        LongestSurface = Math.Max(LongestSurface, surface.Length);
    }

    private int Find(ReadOnlySpan<char> surface) => slots[SlotOf(surface)] - 1;

    /// <summary>Slots for <paramref name="capacity"/> entries: a power of two at least twice as many.</summary>
    private static int SlotCount(int capacity) => Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)capacity * 2));

    /// <summary>
    /// FNV-1a (32-bit) over the UTF-16 code units: the generator computes the same to store the index, so unlike
    /// <see cref="string.GetHashCode()"/> it must not vary from process to process.
    /// </summary>
    private static uint Hash(ReadOnlySpan<char> surface)
    {
        var hash = 2166136261u;
        foreach (var unit in surface)
        {
            hash = (hash ^ unit) * 16777619u;
        }

        return hash;
    }

    private static int[] ReadInts(Stream stream, int count)
    {
        var values = new int[count];
        stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(values, values);
        }

        return values;
    }

    /// <summary>The slot holding <paramref name="surface"/>, or the empty slot where it would go.</summary>
    private int SlotOf(ReadOnlySpan<char> surface)
    {
        var mask = slots.Length - 1;
        var slot = (int)(Hash(surface) & (uint)mask);
        while (slots[slot] != 0)
        {
            var entry = slots[slot] - 1;
            if (surface.SequenceEqual(SurfaceOf(entry)))
            {
                return slot;
            }

            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private ReadOnlySpan<char> SurfaceOf(int entry) => text.AsSpan(starts[entry], surfaceEnds[entry] - starts[entry]);

    private ReadOnlySpan<char> ReadingsOf(int entry) =>
        text.AsSpan(surfaceEnds[entry] + separatorLength, ends[entry] - surfaceEnds[entry] - separatorLength);

    private static ReadingTable LoadBundled()
    {
        using var resource = typeof(ReadingTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        return ReadCompiled(resource);
    }
}
