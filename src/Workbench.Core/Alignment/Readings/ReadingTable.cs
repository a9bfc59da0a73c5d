using System.IO.Compression;
using System.Text;

namespace Workbench.Core.Alignment.Readings;

/// <summary>
/// Katakana readings of kanji names and words (岸田 → キシタ, キシダ; 伊勢 → イセ), from IPADIC's proper, place, person
/// and common nouns: the evidence that pairs a kanji name with its romaji spelling in the English. The bundled
/// table (see <c>NOTICE.md</c> beside it) is read on first use.
/// </summary>
internal sealed class ReadingTable
{
    private const string ResourceName = "Workbench.Core.Alignment.Readings.ipadic_readings.tsv.gz";

    private static readonly Lazy<ReadingTable> BundledTable = new(LoadBundled);

    private readonly Dictionary<string, string> readings;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private ReadingTable(Dictionary<string, string> readings)
    {
        this.readings = readings;
        lookup = readings.GetAlternateLookup<ReadOnlySpan<char>>();
        LongestSurface = readings.Count == 0 ? 0 : readings.Keys.Max(surface => surface.Length);
    }

    public static ReadingTable Bundled => BundledTable.Value;

    public int Count => readings.Count;

    /// <summary>Characters of the longest surface form: no longer substring needs looking up.</summary>
    public int LongestSurface { get; }

    /// <summary>The readings of a surface form, comma-separated katakana (キシタ,キシダ), if the table has it.</summary>
    public bool TryGet(ReadOnlySpan<char> surface, out string katakana) => lookup.TryGetValue(surface, out katakana!);

    /// <summary>Reads the table's format: one surface, a tab and its comma-separated readings per line.</summary>
    public static ReadingTable Read(TextReader reader)
    {
        var readings = new Dictionary<string, string>(160_000, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && tab < line.Length - 1)
            {
                readings[line[..tab]] = line[(tab + 1)..];
            }
        }

        return new ReadingTable(readings);
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
