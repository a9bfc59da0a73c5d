using System.IO.Compression;
using System.Numerics;
using System.Text;

namespace Workbench.Core.Alignment.Readings;

/// <summary>
/// Katakana readings of kanji names and words (岸田 → キシタ, キシダ; 伊勢 → イセ), from IPADIC's proper, place, person
/// and common nouns: the evidence that pairs a kanji name with its romaji spelling in the English. The bundled
/// table (see <c>NOTICE.md</c> beside it) is read on first use.
/// </summary>
/// <remarks>
/// The table keeps its text as read, one string, and finds a surface through an open-addressing hash of line
/// numbers: 147,250 entries load without a string each (a dictionary of them cost ~250 ms of CPU at start-up and
/// 300,000 objects for every full garbage collection to trace).
/// </remarks>
internal sealed class ReadingTable
{
    private const string ResourceName = "Workbench.Core.Alignment.Readings.ipadic_readings.tsv.gz";

    private static readonly Lazy<ReadingTable> BundledTable = new(LoadBundled);

    private readonly string text;

    /// <summary>Per entry: where its surface starts in <see cref="text"/>, where its tab is, where its line ends.</summary>
    private readonly int[] starts;

    private readonly int[] tabs;
    private readonly int[] ends;

    /// <summary>Entry number + 1 per slot (0: empty); a power of two at least twice the entries.</summary>
    private readonly int[] slots;

    private ReadingTable(string text)
    {
        this.text = text;
        var lines = text.AsSpan().Count('\n') + 1;
        starts = new int[lines];
        tabs = new int[lines];
        ends = new int[lines];
        slots = new int[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)lines * 2))];
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var contentEnd = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            var tab = text.AsSpan(lineStart, contentEnd - lineStart).IndexOf('\t');
            if (tab > 0 && lineStart + tab < contentEnd - 1)
            {
                Add(lineStart, lineStart + tab, contentEnd);
            }

            lineStart = lineEnd + 1;
        }
    }

    public static ReadingTable Bundled => BundledTable.Value;

    public int Count { get; private set; }

    /// <summary>Characters of the longest surface form: no longer substring needs looking up.</summary>
    public int LongestSurface { get; private set; }

    /// <summary>The readings of a surface form, comma-separated katakana (キシタ,キシダ), if the table has it.</summary>
    public bool TryGet(ReadOnlySpan<char> surface, out ReadOnlySpan<char> katakana)
    {
        var entry = Find(surface);
        katakana = entry < 0 ? default : text.AsSpan(tabs[entry] + 1, ends[entry] - tabs[entry] - 1);
        return entry >= 0;
    }

    /// <summary>Reads the table's format: one surface, a tab and its comma-separated readings per line (a repeated surface: the last line wins).</summary>
    public static ReadingTable Read(TextReader reader) => new(reader.ReadToEnd());

    private void Add(int start, int tab, int end)
    {
        var surface = text.AsSpan(start, tab - start);
        var slot = SlotOf(surface);
        if (slots[slot] != 0)
        {
            var existing = slots[slot] - 1;
            (starts[existing], tabs[existing], ends[existing]) = (start, tab, end);
            return;
        }

        (starts[Count], tabs[Count], ends[Count]) = (start, tab, end);
        slots[slot] = ++Count;
        LongestSurface = Math.Max(LongestSurface, surface.Length);
    }

    private int Find(ReadOnlySpan<char> surface) => slots[SlotOf(surface)] - 1;

    /// <summary>The slot holding <paramref name="surface"/>, or the empty slot where it would go.</summary>
    private int SlotOf(ReadOnlySpan<char> surface)
    {
        var mask = slots.Length - 1;
        var slot = string.GetHashCode(surface) & mask;
        while (slots[slot] != 0)
        {
            var entry = slots[slot] - 1;
            if (surface.SequenceEqual(text.AsSpan(starts[entry], tabs[entry] - starts[entry])))
            {
                return slot;
            }

            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private static ReadingTable LoadBundled()
    {
        using var resource = typeof(ReadingTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return Read(reader);
    }
}
