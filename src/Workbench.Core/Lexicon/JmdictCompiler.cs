using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Workbench.Core.Lexicon;

/// <summary>
/// Compiles JMdict text (<see cref="JmdictTextReader"/>'s formats) into the binary form <see cref="JmdictDictionary"/>
/// reads: every string once, UTF-8, in byte order, and int32 tables that index it (see the layout below). This is the
/// generator behind the bundled <c>jmdict_common.wbdic</c> and <c>jmdict_full.wbdic.br</c>
/// (<c>workbench lexicon compile</c>; Lexicon/ATTRIBUTION.md has the commands).
/// </summary>
/// <remarks>
/// Layout, little-endian, int32 unless said: magic <c>WBJMDIC1</c>; counts (entries, strings, string bytes, refs,
/// Japanese keys, Japanese postings, English keys, English postings); string offsets [strings + 1]; string bytes
/// (padded to 4); entry sequence numbers [entries]; entry ref starts [entries + 1]; entry form counts [entries]
/// (kanji count &lt;&lt; 16 | kana count); entry aligner gloss counts [entries]; refs (string ids: kanji forms, kana forms,
/// cleaned glosses of each entry in turn); Japanese keys (string ids in string order) with posting starts
/// [keys + 1] and postings (entry ids); the same for English keys (lower-cased glosses).
/// </remarks>
public static class JmdictCompiler
{
    internal static ReadOnlySpan<byte> Magic => "WBJMDIC1"u8;

    /// <summary>Reads every <paramref name="inputs"/> file (gzip if it ends in .gz) in order and writes the binary.</summary>
    /// <param name="brotli">Brotli-compress the output (for the bundled full dictionary).</param>
    public static void Compile(IReadOnlyList<string> inputs, string output, bool brotli)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(output);
        var records = new List<JmdictRecord>();
        foreach (var input in inputs)
        {
            if (!File.Exists(input))
            {
                throw new WorkbenchInputException($"{input}: lexicon file not found");
            }

            using var reader = OpenText(input);
            records.AddRange(JmdictTextReader.Read(reader, input));
        }

        var bytes = Build(records);
        using var file = File.Create(output);
        if (brotli)
        {
            Span<byte> length = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
            file.Write(length);
            using var compressed = new BrotliStream(file, CompressionLevel.SmallestSize);
            compressed.Write(bytes);
        }
        else
        {
            file.Write(bytes);
        }
    }

    internal static StreamReader OpenText(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return new StreamReader(stream, Encoding.UTF8);
    }

    /// <summary>The binary dictionary of <paramref name="records"/>, entries in their given order.</summary>
    internal static byte[] Build(IReadOnlyList<JmdictRecord> records)
    {
        // Cleaned glosses per entry, and how many of them come from the first MaxAlignerGlosses raw glosses.
        var glosses = new List<string>[records.Count];
        var alignerGlosses = new int[records.Count];
        var strings = new HashSet<string>(StringComparer.Ordinal);
        for (var e = 0; e < records.Count; e++)
        {
            var record = records[e];
            glosses[e] = [];
            for (var g = 0; g < record.Glosses.Count; g++)
            {
                var cleaned = JmdictTextReader.CleanGloss(record.Glosses[g]);
                if (cleaned.Length == 0)
                {
                    continue;
                }

                glosses[e].Add(cleaned);
                strings.Add(cleaned);
                strings.Add(EnglishKey(cleaned));
                if (g < JmdictTextReader.MaxAlignerGlosses)
                {
                    alignerGlosses[e]++;
                }
            }

            strings.UnionWith(record.KanjiForms);
            strings.UnionWith(record.KanaForms);
        }

        var encoded = strings.Select(s => (Text: s, Bytes: Encoding.UTF8.GetBytes(s))).ToList();
        encoded.Sort((a, b) => a.Bytes.AsSpan().SequenceCompareTo(b.Bytes));
        var ids = new Dictionary<string, int>(encoded.Count, StringComparer.Ordinal);
        for (var i = 0; i < encoded.Count; i++)
        {
            ids[encoded[i].Text] = i;
        }

        var refStarts = new int[records.Count + 1];
        var formCounts = new int[records.Count];
        var refs = new List<int>();
        var japanese = new SortedDictionary<int, List<int>>();
        var english = new SortedDictionary<int, List<int>>();
        for (var e = 0; e < records.Count; e++)
        {
            var record = records[e];
            refStarts[e] = refs.Count;
            if (record.KanjiForms.Count > ushort.MaxValue || record.KanaForms.Count > ushort.MaxValue)
            {
                throw new WorkbenchInputException($"entry {record.Sequence}: too many forms");
            }

            formCounts[e] = (record.KanjiForms.Count << 16) | record.KanaForms.Count;
            foreach (var form in record.KanjiForms.Concat(record.KanaForms))
            {
                refs.Add(ids[form]);
                Post(japanese, ids[form], e);
            }

            foreach (var gloss in glosses[e])
            {
                refs.Add(ids[gloss]);
                Post(english, ids[EnglishKey(gloss)], e);
            }
        }

        refStarts[records.Count] = refs.Count;
        var stringBytes = encoded.Sum(s => s.Bytes.Length);
        using var buffer = new MemoryStream();
        using var writer = new BinaryWriter(buffer);
        writer.Write(Magic);
        foreach (var count in new[]
        {
            records.Count, encoded.Count, stringBytes, refs.Count, japanese.Count, japanese.Values.Sum(p => p.Count),
            english.Count, english.Values.Sum(p => p.Count),
        })
        {
            writer.Write(count);
        }

        var offset = 0;
        writer.Write(0);
        foreach (var s in encoded)
        {
            offset += s.Bytes.Length;
            writer.Write(offset);
        }

        foreach (var s in encoded)
        {
            writer.Write(s.Bytes);
        }

        writer.Write(new byte[(4 - (stringBytes % 4)) % 4]);
        WriteAll(writer, records.Select(r => r.Sequence));
        WriteAll(writer, refStarts);
        WriteAll(writer, formCounts);
        WriteAll(writer, alignerGlosses);
        WriteAll(writer, refs);
        WritePostings(writer, japanese);
        WritePostings(writer, english);
        writer.Flush();
        return buffer.ToArray();
    }

    /// <summary>The key an English gloss is looked up by: lower-cased (invariant culture).</summary>
    internal static string EnglishKey(string gloss) => gloss.ToLower(CultureInfo.InvariantCulture);

    private static void Post(SortedDictionary<int, List<int>> postings, int key, int entry)
    {
        if (!postings.TryGetValue(key, out var list))
        {
            postings[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != entry)
        {
            list.Add(entry);
        }
    }

    private static void WriteAll(BinaryWriter writer, IEnumerable<int> values)
    {
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static void WritePostings(BinaryWriter writer, SortedDictionary<int, List<int>> postings)
    {
        WriteAll(writer, postings.Keys);
        var start = 0;
        writer.Write(0);
        foreach (var list in postings.Values)
        {
            start += list.Count;
            writer.Write(start);
        }

        foreach (var list in postings.Values)
        {
            WriteAll(writer, list);
        }
    }
}
