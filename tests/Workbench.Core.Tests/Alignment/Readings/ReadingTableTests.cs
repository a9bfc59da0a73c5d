using System.IO.Compression;
using System.Text;
using Workbench.Core.Alignment.Readings;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Tests.Alignment.Readings;

public sealed class ReadingTableTests
{
    [Theory]
    [InlineData("岸田", "キシダ")]
    [InlineData("伊勢", "イセ")]
    [InlineData("金閣寺", "キンカクジ")]
    [InlineData("近衛", "コノエ")]
    [InlineData("沖田", "オキタ")]
    [InlineData("東京", "トウキョウ")]
    [InlineData("神宮", "ジングウ")]
    public void The_bundled_table_reads_names_and_places(string surface, string reading)
    {
        Assert.True(ReadingTable.Bundled.TryGetEntry(surface, out var entry), surface);
        Assert.Contains(reading, ReadingTable.Bundled.ReadingsOf(entry).ToString().Split(','));
    }

    [Fact]
    public void The_bundled_table_is_the_ipadic_nouns() =>
        Assert.InRange(ReadingTable.Bundled.Count, 100_000, 200_000);

    [Fact]
    public void The_bundled_compiled_table_holds_exactly_the_entries_of_the_tsv_it_was_made_from()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Alignment", "Readings", "ipadic_readings.tsv.gz");
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var source = new List<(string Surface, string Readings)>();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            Assert.Equal(2, fields.Length);
            source.Add((fields[0], fields[1]));
        }

        var bundled = ReadingTable.Bundled;

        Assert.Equal(147_250, source.Count);
        Assert.Equal(source, bundled.Entries());
        Assert.Equal(source.Max(e => e.Surface.Length), bundled.LongestSurface);
        foreach (var (surface, readings) in source)
        {
            Assert.True(bundled.TryGetEntry(surface, out var entry), surface);
            Assert.Equal(readings, bundled.ReadingsOf(entry).ToString());
        }
    }

    [Fact]
    public void A_compiled_table_round_trips_and_anything_else_is_refused()
    {
        var entries = new[] { ("伊勢", "イセ"), ("岸田", "キシタ,キシダ"), ("金閣寺", "キンカクジ") };
        var table = ReadingTable.ReadCompiled(new MemoryStream(Compile(entries)));

        Assert.Equal(3, table.Count);
        Assert.Equal(3, table.LongestSurface);
        Assert.Equal(entries, table.Entries().Order());
        Assert.True(table.TryGetEntry("岸田", out var entry));
        Assert.Equal("キシタ,キシダ", table.ReadingsOf(entry).ToString());
        Assert.False(table.TryGetEntry("岸", out _));
        Assert.Throws<InvalidDataException>(() => ReadingTable.ReadCompiled(new MemoryStream("WBRX\u0002\0\0\0\0\0\0\0\0\0\0\0\u0010\0\0\0\0\0\0\0"u8.ToArray())));
        var outOfRangeSlot = Compile(entries);
        outOfRangeSlot[24 + (4 * 4) + 4] = 9;
        Assert.Throws<InvalidDataException>(() => ReadingTable.ReadCompiled(new MemoryStream(outOfRangeSlot)));
        var noEmptySlot = Compile(entries);
        for (var slot = 0; slot < 16; slot++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(noEmptySlot.AsSpan(24 + (4 * 4) + 4 + (4 * slot)), 1);
        }

        Assert.Throws<InvalidDataException>(() => ReadingTable.ReadCompiled(new MemoryStream(noEmptySlot)));
        Assert.Throws<InvalidDataException>(() => ReadingTable.ReadCompiled(new MemoryStream(Compile(entries)[..^2])));
        var noReadings = Compile([("伊勢", "")]);
        Assert.Throws<InvalidDataException>(() => ReadingTable.ReadCompiled(new MemoryStream(noReadings)));
    }

    /// <summary>The compiled form as generate-ipadic-readings.py writes it (format in its docstring), hash index included.</summary>
    private static byte[] Compile(IReadOnlyList<(string Surface, string Readings)> entries)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream, Encoding.Unicode);
        var slots = new int[Math.Max(16, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)entries.Count * 2))];
        writer.Write("WBRT"u8);
        writer.Write(2);
        writer.Write(entries.Count);
        writer.Write(entries.Sum(e => e.Surface.Length + e.Readings.Length));
        writer.Write(slots.Length);
        writer.Write(entries.Max(e => e.Surface.Length));
        var position = 0;
        foreach (var (surface, readings) in entries)
        {
            writer.Write(position);
            position += surface.Length + readings.Length;
        }

        writer.Write(position);
        foreach (var (surface, _) in entries)
        {
            writer.Write((byte)surface.Length);
        }

        writer.Write(new byte[(4 - (entries.Count % 4)) % 4]);
        for (var entry = 0; entry < entries.Count; entry++)
        {
            var slot = (int)(Fnv1a(entries[entry].Surface) & (uint)(slots.Length - 1));
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & (slots.Length - 1);
            }

            slots[slot] = entry + 1;
        }

        foreach (var slot in slots)
        {
            writer.Write(slot);
        }

        foreach (var (surface, readings) in entries)
        {
            writer.Write(Encoding.Unicode.GetBytes(surface + readings));
        }

        writer.Flush();
        return stream.ToArray();
    }

    private static uint Fnv1a(string surface)
    {
        var hash = 2166136261u;
        foreach (var unit in surface)
        {
            hash = (hash ^ unit) * 16777619u;
        }

        return hash;
    }

    [Fact]
    public void Kanji_names_in_a_sentence_give_the_keys_of_their_romaji()
    {
        var keys = MatchKeys("沖田総司は池田屋で戦い、伊勢神宮に参った。", key => true);

        foreach (var english in new[] { "OKITA", "Soji", "Ise", "jingu" })
        {
            Assert.Contains(HepburnRomaniser.MatchKey(english), keys);
        }

        Assert.DoesNotContain(HepburnRomaniser.MatchKey("Kishida"), keys);
    }

    [Fact]
    public void Run_ids_are_those_of_every_substring_reading_selected_once_in_order()
    {
        // The reading of each kanji run as the matcher read it before entries were cached: every substring the table
        // knows, every reading, each distinct key once in order of first occurrence, then the selector.
        static int Select(string key) => key.Length % 3 == 0 ? -1 : (int)(StableHash(key) & 0x7fffffff);
        var table = ReadingTable.Bundled;
        var matcher = new KanjiReadingMatcher(table, minKeyLength: 3, minSingleKanjiKeyLength: 4, Select);
        var sentences = SharedData.Documents(SharedData.NictDev).Take(4).SelectMany(d => d.Japanese).ToList();
        Assert.True(sentences.Count > 100);
        foreach (var sentence in sentences.Concat(sentences))
        {
            var ids = new List<int>();
            matcher.Match(sentence, ids);

            Assert.Equal(ReferenceIds(table, sentence, Select), ids);
        }
    }

    [Fact]
    public void An_entry_reads_as_its_surface_looks_up()
    {
        var table = ReadingTable.Bundled;
        var entries = table.Entries();
        foreach (var surface in new[] { "伊勢", "沖田", "田", "総司" })
        {
            Assert.True(table.TryGetEntry(surface, out var entry));
            Assert.Equal(surface, entries[entry].Surface);
            Assert.Equal(entries[entry].Readings, table.ReadingsOf(entry).ToString());
            Assert.Equal(surface.Length, table.SurfaceLengthOf(entry));
        }

        Assert.False(table.TryGetEntry("xyz", out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.ReadingsOf(table.Count));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.SurfaceLengthOf(-1));
    }

    private static List<int> ReferenceIds(ReadingTable table, string sentence, Func<string, int> select)
    {
        var ids = new List<int>();
        var i = 0;
        while (i < sentence.Length)
        {
            if (!JapaneseChars.IsKanji(sentence[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < sentence.Length && JapaneseChars.IsKanji(sentence[i]))
            {
                i++;
            }

            var run = sentence.AsSpan(start, i - start);
            var keys = new List<string>();
            for (var from = 0; from < run.Length; from++)
            {
                for (var length = 1; length <= table.LongestSurface && from + length <= run.Length; length++)
                {
                    if (!table.TryGetEntry(run.Slice(from, length), out var entry))
                    {
                        continue;
                    }

                    foreach (var reading in table.ReadingsOf(entry).ToString().Split(','))
                    {
                        var key = HepburnRomaniser.MatchKey(HepburnRomaniser.Romanise(reading));
                        if (key.Length >= (length == 1 ? 4 : 3) && !keys.Contains(key))
                        {
                            keys.Add(key);
                        }
                    }
                }
            }

            ids.AddRange(keys.Select(select).Where(id => id >= 0));
        }

        return ids;
    }

    private static uint StableHash(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    [Fact]
    public void Short_readings_of_single_kanji_are_left_out()
    {
        var keys = MatchKeys("田", key => true);

        Assert.All(keys, key => Assert.True(key.Length >= 4, key));
    }

    [Fact]
    public void Only_the_keys_the_selector_wants_are_kept()
    {
        var wanted = HepburnRomaniser.MatchKey("Ise");

        var keys = MatchKeys("伊勢神宮に参った。伊勢は遠い。", key => key == wanted);

        Assert.Equal([wanted, wanted], keys);
    }

    /// <summary>The match keys the matcher finds in a sentence, given to it as ids into a list of the keys it selected.</summary>
    private static List<string> MatchKeys(string sentence, Func<string, bool> wanted)
    {
        var selected = new List<string>();
        var matcher = new KanjiReadingMatcher(ReadingTable.Bundled, minKeyLength: 3, minSingleKanjiKeyLength: 4, key =>
        {
            if (!wanted(key))
            {
                return -1;
            }

            selected.Add(key);
            return selected.Count - 1;
        });
        var ids = new List<int>();
        matcher.Match(sentence, ids);
        return [.. ids.Select(id => selected[id])];
    }
}
