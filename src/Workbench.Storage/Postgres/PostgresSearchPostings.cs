using System.Text;
using Npgsql;
using NpgsqlTypes;
using Workbench.Core.Documents;
using Workbench.Core.Search;
using Workbench.Core.Text;

namespace Workbench.Storage.Postgres;

/// <summary>
/// What the PostgreSQL search index (migration 0004) stores per pair, and how it is written: the concordance keys of
/// <see cref="SearchKeys"/>, and postings for the words of the English key, the characters and character bigrams of
/// the Japanese key, and the fuzzy grams of <see cref="FuzzyKeys"/> under the side's length. Called by every write
/// that adds links or changes segment text, in that write's transaction; PostgreSQL itself refuses a commit that
/// leaves an indexable link without its entry.
/// </summary>
internal static class PostgresSearchPostings
{
    public const long ConfirmedOffset = 1L << 40;
    public const long LinkIdMask = ConfirmedOffset - 1;

    /// <summary>Lengths beyond this share the last window: position = length * 2^40 + link id must fit a bigint.</summary>
    public const int MaxLength = (1 << 22) - 1;

    /// <summary>
    /// Grams are cut to this many characters, in the index and in queries alike, so a freak token never exceeds a
    /// B-tree entry; a cut gram still filters, and concordance checks every candidate against the whole key.
    /// </summary>
    private const int MaxGramCharacters = 64;

    public static bool IsIndexed(AlignmentLink link) =>
        link.Status != LinkStatus.Rejected && link.Bead.EnCount > 0 && link.Bead.JaCount > 0;

    public static long Rank(long linkId, LinkStatus status) => linkId + (status == LinkStatus.Confirmed ? ConfirmedOffset : 0);

    public static long FuzzyPosition(int length, long linkId) => ((long)Math.Min(length, MaxLength) << 40) + linkId;

    /// <summary>The postings a concordance key is looked up by: the words of an English key (" word word ").</summary>
    public static IReadOnlyList<string> EnglishKeyGrams(string key) =>
        key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => "e" + Cut(word)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Every character and character bigram of a Japanese key.</summary>
    public static IReadOnlyList<string> JapaneseKeyGrams(string key)
    {
        var runes = key.EnumerateRunes().Select(r => r.ToString()).ToList();
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < runes.Count; i++)
        {
            grams.Add("j" + runes[i]);
            if (i + 1 < runes.Count)
            {
                grams.Add("j" + runes[i] + runes[i + 1]);
            }
        }

        return [.. grams];
    }

    /// <summary>The grams a Japanese concordance query needs every hit to hold: itself when it is one or two
    /// characters (then the posting is the answer), else its bigrams.</summary>
    public static IReadOnlyList<string> JapaneseQueryGrams(string key)
    {
        var runes = key.EnumerateRunes().Select(r => r.ToString()).ToList();
        return runes.Count <= 2
            ? ["j" + key]
            : Enumerable.Range(0, runes.Count - 1).Select(i => "j" + runes[i] + runes[i + 1]).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>A fuzzy gram as stored: kind prefix, cut like every gram.</summary>
    public static string FuzzyGram(Language language, string gram) => (language == Language.English ? "E" : "J") + Cut(gram);

    /// <summary>Indexes the pairs among <paramref name="pairs"/> that have both sides and are not rejected.</summary>
    public static void Add(NpgsqlConnection connection, IEnumerable<(long LinkId, AlignedPair Pair)> pairs)
    {
        var entries = pairs.Where(p => IsIndexed(p.Pair.Link)).Select(p => Entry.Of(p.LinkId, p.Pair)).ToList();
        if (entries.Count == 0)
        {
            return;
        }

        using (var importer = connection.BeginBinaryImport("COPY search_pairs (link_id, rank, en_key, ja_key) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var entry in entries)
            {
                importer.StartRow();
                importer.Write(entry.LinkId, NpgsqlDbType.Bigint);
                importer.Write(entry.Rank, NpgsqlDbType.Bigint);
                importer.Write(entry.EnglishKey, NpgsqlDbType.Text);
                importer.Write(entry.JapaneseKey, NpgsqlDbType.Text);
            }

            importer.Complete();
        }

        using (var importer = connection.BeginBinaryImport("COPY search_postings (gram, position, link_id) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var entry in entries)
            {
                foreach (var (gram, position) in entry.Postings())
                {
                    importer.StartRow();
                    importer.Write(gram, NpgsqlDbType.Text);
                    importer.Write(position, NpgsqlDbType.Bigint);
                    importer.Write(entry.LinkId, NpgsqlDbType.Bigint);
                }
            }

            importer.Complete();
        }
    }

    /// <summary>Indexes every link of a document just written from <paramref name="english"/> and <paramref name="japanese"/>.</summary>
    public static void IndexDocument(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long documentId, IReadOnlyList<Segment> english, IReadOnlyList<Segment> japanese)
    {
        var links = new List<(long Id, int EnStart, int EnCount, int JaStart, int JaCount, string Status)>();
        using (var command = new NpgsqlCommand(
            "SELECT id, en_start, en_count, ja_start, ja_count, status FROM links WHERE document_id = @document", connection, transaction))
        {
            command.Parameters.AddWithValue("document", documentId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                links.Add((reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetString(5)));
            }
        }

        var englishByIndex = english.ToDictionary(s => s.Index);
        var japaneseByIndex = japanese.ToDictionary(s => s.Index);
        Add(connection, links.Select(l => (l.Id, new AlignedPair(
            string.Empty,
            new AlignmentLink(new Core.Alignment.Bead(l.EnStart, l.EnCount, l.JaStart, l.JaCount, 0), StatusNames.FromColumn(l.Status), DateTimeOffset.MinValue),
            Slice(englishByIndex, l.EnStart, l.EnCount),
            Slice(japaneseByIndex, l.JaStart, l.JaCount)))));
    }

    /// <summary>Indexes links just inserted into a stored document, reading the segments they cover.</summary>
    public static void IndexLinks(NpgsqlConnection connection, NpgsqlTransaction transaction, long documentId, IReadOnlyList<(long LinkId, AlignmentLink Link)> links)
    {
        var indexed = links.Where(l => IsIndexed(l.Link)).ToList();
        if (indexed.Count == 0)
        {
            return;
        }

        var english = ReadSegments(connection, transaction, documentId, Language.English, indexed.Min(l => l.Link.Bead.EnStart), indexed.Max(l => l.Link.Bead.EnEnd));
        var japanese = ReadSegments(connection, transaction, documentId, Language.Japanese, indexed.Min(l => l.Link.Bead.JaStart), indexed.Max(l => l.Link.Bead.JaEnd));
        Add(connection, indexed.Select(l => (l.LinkId, new AlignedPair(
            string.Empty, l.Link, Slice(english, l.Link.Bead.EnStart, l.Link.Bead.EnCount), Slice(japanese, l.Link.Bead.JaStart, l.Link.Bead.JaCount)))));
    }

    /// <summary>
    /// Indexes again the links covering one segment whose text just changed (the segments trigger of migration 0004
    /// removed their entries; a "change" to the same text removed nothing, and nothing is added).
    /// </summary>
    public static void IndexLinksCovering(NpgsqlConnection connection, NpgsqlTransaction transaction, long documentId, Language side, int index)
    {
        var column = side == Language.English ? "en" : "ja";
        var links = new List<(long LinkId, AlignmentLink Link)>();
        using (var command = new NpgsqlCommand(
            $"SELECT id, en_start, en_count, ja_start, ja_count, status FROM links l WHERE document_id = @document AND {column}_start <= @index AND {column}_start + {column}_count > @index " +
            "AND NOT EXISTS (SELECT 1 FROM search_pairs p WHERE p.link_id = l.id)",
            connection,
            transaction))
        {
            command.Parameters.AddWithValue("document", documentId);
            command.Parameters.AddWithValue("index", index);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                links.Add((reader.GetInt64(0), new AlignmentLink(
                    new Core.Alignment.Bead(reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), 0),
                    StatusNames.FromColumn(reader.GetString(5)),
                    DateTimeOffset.MinValue)));
            }
        }

        IndexLinks(connection, transaction, documentId, links);
    }

    /// <summary>
    /// Migration 0006: indexes again, with the keys of now, the links covering a segment that holds an invisible format
    /// character (<see cref="VisibleText.IsFormatCharacter"/>), which older keys kept.
    /// </summary>
    public static void IndexAgainWhereFormatCharacters(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var segments = new List<(long DocumentId, Language Side, int Index)>();
        using (var command = new NpgsqlCommand("SELECT document_id, lang, idx FROM segments WHERE text ~ @pattern", connection, transaction))
        {
            command.Parameters.AddWithValue("pattern", FormatCharacterClass());
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                segments.Add((reader.GetInt64(0), reader.GetString(1) == Language.English.ToCode() ? Language.English : Language.Japanese, reader.GetInt32(2)));
            }
        }

        foreach (var (documentId, side, index) in segments)
        {
            var column = side == Language.English ? "en" : "ja";
            using (var command = new NpgsqlCommand(
                $"DELETE FROM search_pairs p USING links l WHERE p.link_id = l.id AND l.document_id = @document AND l.{column}_start <= @index AND l.{column}_start + l.{column}_count > @index",
                connection,
                transaction))
            {
                command.Parameters.AddWithValue("document", documentId);
                command.Parameters.AddWithValue("index", index);
                command.ExecuteNonQuery();
            }

            IndexLinksCovering(connection, transaction, documentId, side, index);
        }
    }

    // A regular expression bracket of every format character, made from Core's rule rather than written out here.
    private static string FormatCharacterClass()
    {
        var pattern = new StringBuilder("[");
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (VisibleText.IsFormatCharacter((char)c))
            {
                pattern.Append((char)c);
            }
        }

        return pattern.Append(']').ToString();
    }

    /// <summary>Indexes every stored link, one document at a time: migration 0004 on a database that has links already.</summary>
    public static void IndexAll(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var documents = new List<long>();
        using (var command = new NpgsqlCommand("SELECT id FROM documents ORDER BY id", connection, transaction))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                documents.Add(reader.GetInt64(0));
            }
        }

        foreach (var documentId in documents)
        {
            IndexDocument(
                connection,
                transaction,
                documentId,
                ReadSegments(connection, transaction, documentId, Language.English, 0, int.MaxValue).Values.ToList(),
                ReadSegments(connection, transaction, documentId, Language.Japanese, 0, int.MaxValue).Values.ToList());
        }
    }

    private static Dictionary<int, Segment> ReadSegments(NpgsqlConnection connection, NpgsqlTransaction transaction, long documentId, Language language, int start, int end)
    {
        using var command = new NpgsqlCommand(
            "SELECT idx, paragraph, source_line, text FROM segments WHERE document_id = @document AND lang = @lang AND idx >= @start AND idx < @end",
            connection,
            transaction);
        command.Parameters.AddWithValue("document", documentId);
        command.Parameters.AddWithValue("lang", language.ToCode());
        command.Parameters.AddWithValue("start", start);
        command.Parameters.AddWithValue("end", end);
        using var reader = command.ExecuteReader();
        var segments = new Dictionary<int, Segment>();
        while (reader.Read())
        {
            segments[reader.GetInt32(0)] = new Segment(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3));
        }

        return segments;
    }

    private static List<Segment> Slice(IReadOnlyDictionary<int, Segment> segments, int start, int count) =>
        Enumerable.Range(start, count).Select(i => segments[i]).ToList();

    private static string Cut(string gram)
    {
        if (gram.Length <= MaxGramCharacters)
        {
            return gram;
        }

        var cut = new StringBuilder(MaxGramCharacters + 1);
        foreach (var rune in gram.EnumerateRunes())
        {
            if (cut.Length + rune.Utf16SequenceLength > MaxGramCharacters)
            {
                break;
            }

            cut.Append(rune.ToString());
        }

        return cut.ToString();
    }

    private sealed record Entry(long LinkId, long Rank, string EnglishKey, string JapaneseKey, FuzzySide English, FuzzySide Japanese)
    {
        public static Entry Of(long linkId, AlignedPair pair)
        {
            var english = pair.EnglishText;
            var japanese = pair.JapaneseText;
            return new Entry(
                linkId,
                PostgresSearchPostings.Rank(linkId, pair.Link.Status),
                SearchKeys.English(english),
                SearchKeys.Japanese(japanese),
                FuzzySide.Of(english, Language.English),
                FuzzySide.Of(japanese, Language.Japanese));
        }

        public IEnumerable<(string Gram, long Position)> Postings()
        {
            foreach (var gram in EnglishKeyGrams(EnglishKey).Concat(JapaneseKeyGrams(JapaneseKey)))
            {
                yield return (gram, Rank);
            }

            foreach (var side in new[] { English, Japanese })
            {
                var position = FuzzyPosition(side.Length, LinkId);
                foreach (var gram in side.Grams)
                {
                    yield return (gram, position);
                }
            }
        }
    }

    private sealed record FuzzySide(int Length, IReadOnlyList<string> Grams)
    {
        public static FuzzySide Of(string text, Language language)
        {
            var units = MatchUnits.Of(text, language);
            return new FuzzySide(
                FuzzyKeys.Length(units),
                FuzzyKeys.Grams(units, language).Select(gram => FuzzyGram(language, gram)).Distinct(StringComparer.Ordinal).ToList());
        }
    }
}
