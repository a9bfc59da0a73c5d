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
/// The table is the compiled form <c>generate-ipadic-readings.py</c> writes beside the TSV (<c>ipadic_readings.wbrt</c>,
/// format described there): one UTF-16 text, entry starts, surface lengths and an open-addressing hash index of entry
/// numbers under a deterministic hash, so the generator stores the index. A dictionary of 147,250 strings cost
/// ~250 ms of CPU at start-up and parsing the gzip TSV 0.1–0.2 s; hashing the surfaces at load was ≈ 10% of a small
/// <c>align</c>, and copying the 5 MB table out of the assembly ≈ 6%. So the bundled table is not copied at all: it is
/// read in place from the embedded resource, which lives in the assembly's mapped image for the whole process, and a
/// small alignment touches only the pages its lookups reach. A table read from any other stream is copied once into
/// a pinned array and checked entry by entry; the bundled one is checked by the tests instead, not at every start.
/// </remarks>
internal sealed unsafe class ReadingTable
{
    private const string ResourceName = "Workbench.Core.Alignment.Readings.ipadic_readings.wbrt";

    private const int CompiledVersion = 2;

    private const int HeaderLength = 24;

    private static readonly Lazy<ReadingTable> BundledTable = new(LoadBundled);

    /// <summary>What the pointers below point into when it is a copy, kept alive with the table; null for the embedded resource.</summary>
    private readonly byte[]? copy;

    /// <summary>Per entry its start in <see cref="text"/> (its surface, then its readings up to the next entry's start); one more for the end.</summary>
    private readonly int* entryStarts;

    private readonly byte* surfaceLengths;

    /// <summary>Entry number + 1 per slot (0: empty); a power of two at least twice the entries.</summary>
    private readonly int* slots;

    private readonly int slotMask;
    private readonly char* text;
    private readonly int textLength;

    private ReadingTable(byte* data, long length, byte[]? copy)
    {
        this.copy = copy;
        var header = new ReadOnlySpan<byte>(data, (int)Math.Min(length, HeaderLength));
        if (header.Length < HeaderLength || !header[..4].SequenceEqual("WBRT"u8)
            || BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != CompiledVersion)
        {
            throw new InvalidDataException($"Not a compiled reading table (version {CompiledVersion}).");
        }

        Count = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        textLength = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        var slotCount = BinaryPrimitives.ReadInt32LittleEndian(header[16..]);
        LongestSurface = BinaryPrimitives.ReadInt32LittleEndian(header[20..]);
        var lengthsSize = (Count + 3L) / 4 * 4;
        if (Count < 0 || textLength < 0 || LongestSurface < 0 || slotCount != SlotCount(Count)
            || length != HeaderLength + (4L * (Count + 1)) + lengthsSize + (4L * slotCount) + (2L * textLength))
        {
            throw new InvalidDataException("Compiled reading table: its counts do not match its size.");
        }

        entryStarts = (int*)(data + HeaderLength);
        surfaceLengths = (byte*)(entryStarts + Count + 1);
        slots = (int*)(surfaceLengths + lengthsSize);
        slotMask = slotCount - 1;
        text = (char*)(slots + slotCount);
    }

    public static ReadingTable Bundled => BundledTable.Value;

    public int Count { get; }

    /// <summary>Characters of the longest surface form: no longer substring needs looking up.</summary>
    public int LongestSurface { get; }

    /// <summary>The number (0 … <see cref="Count"/> − 1) of a surface form's entry, if the table has it.</summary>
    public bool TryGetEntry(ReadOnlySpan<char> surface, out int entry)
    {
        entry = slots[SlotOf(surface)] - 1;
        return entry >= 0;
    }

    /// <summary>The readings of entry <paramref name="entry"/>, comma-separated katakana (キシタ,キシダ).</summary>
    public ReadOnlySpan<char> ReadingsOf(int entry)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(entry);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(entry, Count);
        var surfaceEnd = entryStarts[entry] + surfaceLengths[entry];
        return new(text + surfaceEnd, entryStarts[entry + 1] - surfaceEnd);
    }

    /// <summary>The length of entry <paramref name="entry"/>'s surface form.</summary>
    public int SurfaceLengthOf(int entry)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(entry);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(entry, Count);
        return surfaceLengths[entry];
    }

    /// <summary>
    /// Reads the compiled form that <c>generate-ipadic-readings.py</c> writes beside the TSV, hash index included, into
    /// a pinned copy, and checks that every entry and slot lies inside the table.
    /// </summary>
    public static ReadingTable ReadCompiled(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var data = GC.AllocateUninitializedArray<byte>((int)buffer.Length, pinned: true);
        buffer.GetBuffer().AsSpan(0, data.Length).CopyTo(data);
        var table = new ReadingTable((byte*)Marshal.UnsafeAddrOfPinnedArrayElement(data, 0), data.Length, data);
        if (!BitConverter.IsLittleEndian)
        {
            table.ReverseEndianness();
        }

        table.Validate();
        return table;
    }

    /// <summary>Every entry as surface and comma-separated readings, in the table's order.</summary>
    public IReadOnlyList<(string Surface, string Readings)> Entries()
    {
        var entries = new List<(string, string)>(Count);
        for (var entry = 0; entry < Count; entry++)
        {
            entries.Add((new string(SurfaceOf(entry)), new string(ReadingsOf(entry))));
        }

        return entries;
    }

    /// <summary>Slots for <paramref name="count"/> entries: a power of two at least twice as many.</summary>
    private static int SlotCount(int count) => Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)count * 2));

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

    private void Validate()
    {
        if (entryStarts[0] != 0 || entryStarts[Count] != textLength)
        {
            throw new InvalidDataException("Compiled reading table: its entries do not cover its text.");
        }

        for (var entry = 0; entry < Count; entry++)
        {
            var surfaceEnd = entryStarts[entry] + surfaceLengths[entry];
            if (surfaceLengths[entry] == 0 || surfaceLengths[entry] > LongestSurface || surfaceEnd >= entryStarts[entry + 1])
            {
                throw new InvalidDataException($"Compiled reading table: entry {entry} is malformed.");
            }
        }

        // Slots are trusted to be where the hash puts them (a misplaced one only misses), but must name entries that exist,
        // and an empty one must end every probe (SlotOf walks until it meets one).
        var emptySlots = 0;
        for (var slot = 0; slot <= slotMask; slot++)
        {
            if ((uint)slots[slot] > (uint)Count)
            {
                throw new InvalidDataException($"Compiled reading table: slot {slot} is malformed.");
            }

            emptySlots += slots[slot] == 0 ? 1 : 0;
        }

        if (emptySlots == 0)
        {
            throw new InvalidDataException("Compiled reading table: its hash index has no empty slot.");
        }
    }

    /// <summary>On a big-endian machine, turns the copy's little-endian integers and code units around.</summary>
    private void ReverseEndianness()
    {
        var starts = new Span<int>(entryStarts, Count + 1);
        BinaryPrimitives.ReverseEndianness(starts, starts);
        var index = new Span<int>(slots, slotMask + 1);
        BinaryPrimitives.ReverseEndianness(index, index);
        var units = new Span<short>(text, textLength);
        BinaryPrimitives.ReverseEndianness(units, units);
    }

    /// <summary>The slot holding <paramref name="surface"/>, or the empty slot where it would go.</summary>
    private int SlotOf(ReadOnlySpan<char> surface)
    {
        var slot = (int)(Hash(surface) & (uint)slotMask);
        while (slots[slot] != 0)
        {
            if (surface.SequenceEqual(SurfaceOf(slots[slot] - 1)))
            {
                return slot;
            }

            slot = (slot + 1) & slotMask;
        }

        return slot;
    }

    private ReadOnlySpan<char> SurfaceOf(int entry) => new(text + entryStarts[entry], surfaceLengths[entry]);

    /// <summary>The embedded table in place: the resource stream of a loaded assembly reads its mapped image, which stays for the process.</summary>
    private static ReadingTable LoadBundled()
    {
        using var resource = typeof(ReadingTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        return resource is UnmanagedMemoryStream mapped && BitConverter.IsLittleEndian
            ? new ReadingTable(mapped.PositionPointer, mapped.Length - mapped.Position, copy: null)
            : ReadCompiled(resource);
    }
}
