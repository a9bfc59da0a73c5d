using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Workbench.Core;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Search;

namespace Workbench.Storage;

/// <summary>
/// <see cref="IMemorySearchIndex"/> on the FTS5 tables of migrations 0003 and 0007, kept in step with the links and
/// segments tables by triggers and <see cref="SqliteSearchIndexWriter"/>. Concordance: English keys (" word ... ")
/// are phrases over the word index, so a match is whole words; Japanese keys of 3+ characters are trigram phrases;
/// 1–2 character Japanese keys are one- or two-token phrases over the character index. Row ids put confirmed pairs
/// first and newer pairs before older ones, so the newest hits come straight off the index with LIMIT. Fuzzy: the query's grams are read rarest first (<c>fuzzy_gram_counts</c>), each
/// gram's postings inside the length window (a row id range) counted per pair; a gram with more than
/// <see cref="CommonGramPostings"/> postings in the window, and every gram left when <see cref="PostingBudget"/>
/// postings have been read, is skipped and lowers the bound, so one lookup reads a bounded number of postings
/// whatever the memory's size.
/// </summary>
public sealed class SqliteMemorySearchIndex : IMemorySearchIndex
{
    /// <summary>Postings of one gram read at most per lookup; beyond this the gram says too little to be worth it.</summary>
    public const int CommonGramPostings = 4000;

    /// <summary>Postings read at most per lookup, over all its grams, rarest gram first.</summary>
    public const int PostingBudget = 8_000;

    private readonly SqliteConnection connection;

    internal SqliteMemorySearchIndex(SqliteConnection connection) => this.connection = connection;

    public IReadOnlyList<AlignedPair> FindContaining(ConcordanceQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var searches = new List<(string Table, string Match)>();
        if (query.EnglishKey is { Length: > 0 } english)
        {
            searches.Add(("search_en", Phrase(english)));
        }

        if (query.JapaneseKey is { Length: > 0 } japanese)
        {
            searches.Add(japanese.EnumerateRunes().Count() >= 3
                ? ("search_ja", Phrase(japanese))
                : ("search_ja_chars", CharacterPhrase(japanese)));
        }

        var rowIds = new SortedSet<long>(Comparer<long>.Create((a, b) => b.CompareTo(a)));
        foreach (var (table, match) in searches)
        {
            // Bands from the highest row ids down: once one fills the limit, lower bands cannot make the cut.
            var found = new List<long>();
            foreach (var (low, high) in RowIdRanges(query.Statuses, query.Documents))
            {
                found.AddRange(MatchingRowIds(table, match, low, high, query.Documents, query.Limit - found.Count));
                if (found.Count >= query.Limit)
                {
                    break;
                }
            }

            rowIds.UnionWith(found);
        }

        return LoadPairs(rowIds.Take(query.Limit).Select(rowId => rowId & SearchRowIds.LinkIdMask).ToList());
    }

    public FuzzyCandidates FindSimilar(FuzzyCandidateQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var table = query.Language == Language.English ? "fuzzy_en" : "fuzzy_ja";
        var low = (long)Math.Max(0, query.MinLength) << 40;
        var high = ((long)Math.Min(query.MaxLength, (1 << 22) - 1) + 1 << 40) - 1;
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid FROM {table} WHERE {table} MATCH $gram AND rowid BETWEEN $low AND $high LIMIT $cap";
        var gram = command.Parameters.Add("$gram", SqliteType.Text);
        command.Parameters.AddWithValue("$low", low);
        command.Parameters.AddWithValue("$high", high);
        command.Parameters.AddWithValue("$cap", CommonGramPostings + 1);
        var shared = new Dictionary<long, int>();
        var postings = new List<long>(CommonGramPostings + 1);
        var skipped = 0;
        var budget = PostingBudget;
        foreach (var g in RarestFirst(query.Language, query.Grams))
        {
            // Once the budget is spent, the remaining (commoner) grams are left unread, as a gram over its cap is.
            var cap = Math.Min(CommonGramPostings, budget);
            if (cap <= 0)
            {
                skipped++;
                continue;
            }

            gram.Value = Phrase(g);
            command.Parameters["$cap"].Value = cap + 1;
            postings.Clear();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    postings.Add(reader.GetInt64(0));
                }
            }

            budget -= postings.Count;
            if (postings.Count > cap)
            {
                skipped++;
                continue;
            }

            foreach (var rowId in postings)
            {
                shared[rowId] = shared.GetValueOrDefault(rowId) + 1;
            }
        }

        var bound = Math.Max(1, query.MinShared - skipped);
        var passing = shared.Where(entry => entry.Value >= bound).ToList();
        var chosen = LoadPairs(passing
            .OrderByDescending(entry => entry.Value)
            .ThenByDescending(entry => entry.Key & SearchRowIds.LinkIdMask)
            .Take(query.MaxCandidates)
            .Select(entry => entry.Key & SearchRowIds.LinkIdMask)
            .ToList());
        return new FuzzyCandidates(chosen, Exhaustive: skipped == 0 && passing.Count <= query.MaxCandidates);
    }

    /// <summary>The grams in ascending order of how many pairs hold them (<c>fuzzy_gram_counts</c>), ties in query order.</summary>
    private List<string> RarestFirst(Language language, IReadOnlyList<string> grams)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT gram, pairs FROM fuzzy_gram_counts WHERE lang = $lang AND gram IN (SELECT value FROM json_each($grams))";
        command.Parameters.AddWithValue("$lang", language == Language.English ? "en" : "ja");
        command.Parameters.AddWithValue("$grams", System.Text.Json.JsonSerializer.Serialize(grams, StorageJson.Default.IReadOnlyListString));
        var pairs = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                pairs[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        return grams.Select((gram, order) => (gram, order)).OrderBy(g => pairs.GetValueOrDefault(g.gram)).ThenBy(g => g.order).Select(g => g.gram).ToList();
    }

    public long CountPairs()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM search_links";
        return (long)command.ExecuteScalar()!;
    }

    // An FTS5 string: the text in double quotes, inner quotes doubled. Trigram and unicode61 read it as one phrase.
    private static string Phrase(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string CharacterPhrase(string key)
    {
        foreach (var rune in key.EnumerateRunes())
        {
            if (!Rune.IsLetterOrDigit(rune))
            {
                throw new WorkbenchInputException($"'{key}': a search of one or two characters must be letters or digits; punctuation needs three characters or more");
            }
        }

        return Phrase(SearchFunctions.Spaced(key));
    }

    /// <summary>
    /// The row id ranges to read, highest first: the confirmed band, then the auto band, as the statuses ask. With
    /// documents named, each band narrows to the span of their link ids, so a search inside one document of a large
    /// memory seeks to its postings instead of reading the whole memory's newest first.
    /// </summary>
    private List<(long Low, long High)> RowIdRanges(IReadOnlyList<LinkStatus> statuses, IReadOnlyList<string> documents)
    {
        var (first, last) = (0L, SearchRowIds.LinkIdMask);
        if (documents.Count > 0)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT min(id), max(id) FROM links WHERE document_id IN (SELECT id FROM documents WHERE name IN ({DocumentParameters(command, documents)}))";
            using var reader = command.ExecuteReader();
            reader.Read();
            if (reader.IsDBNull(0))
            {
                return [];
            }

            (first, last) = (reader.GetInt64(0), reader.GetInt64(1));
        }

        var ranges = new List<(long Low, long High)>();
        if (statuses.Count == 0 || statuses.Contains(LinkStatus.Confirmed))
        {
            ranges.Add((SearchRowIds.ConfirmedOffset + first, SearchRowIds.ConfirmedOffset + last));
        }

        if (statuses.Count == 0 || statuses.Contains(LinkStatus.Auto))
        {
            ranges.Add((first, last));
        }

        return ranges;
    }

    private static string DocumentParameters(SqliteCommand command, IReadOnlyList<string> documents)
    {
        var names = new List<string>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"$doc{i}");
            names.Add(name);
            command.Parameters.AddWithValue(name, documents[i]);
        }

        return string.Join(", ", names);
    }

    private List<long> MatchingRowIds(string table, string match, long low, long high, IReadOnlyList<string> documents, int limit)
    {
        using var command = connection.CreateCommand();
        var documentFilter = new StringBuilder();
        if (documents.Count > 0)
        {
            documentFilter.Append($" AND (SELECT document_id FROM links WHERE id = {table}.rowid & {SearchRowIds.LinkIdMask}) IN (SELECT id FROM documents WHERE name IN ({DocumentParameters(command, documents)}))");
        }

        command.CommandText =
            $"SELECT rowid FROM {table} WHERE {table} MATCH $match AND rowid BETWEEN $low AND $high{documentFilter} ORDER BY rowid DESC LIMIT $limit";
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$low", low);
        command.Parameters.AddWithValue("$high", high);
        command.Parameters.AddWithValue("$limit", limit);
        var rowIds = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rowIds.Add(reader.GetInt64(0));
        }

        return rowIds;
    }

    /// <summary>The pairs of <paramref name="linkIds"/>, in that order, in two statements whatever their number.</summary>
    private List<AlignedPair> LoadPairs(IReadOnlyList<long> linkIds)
    {
        if (linkIds.Count == 0)
        {
            return [];
        }

        var ids = "[" + string.Join(',', linkIds.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]";
        var links = new Dictionary<long, (string Document, AlignmentLink Link)>(linkIds.Count);
        using (var command = connection.CreateCommand())
        {
            command.CommandText =
                "SELECT l.id, d.name, l.en_start, l.en_count, l.ja_start, l.ja_count, l.confidence, l.status, l.updated_at " +
                "FROM links l JOIN documents d ON d.id = l.document_id WHERE l.id IN (SELECT value FROM json_each($ids))";
            command.Parameters.AddWithValue("$ids", ids);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var bead = new Bead(reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetDouble(6));
                links[reader.GetInt64(0)] = (reader.GetString(1), new AlignmentLink(bead, StatusNames.FromColumn(reader.GetString(7)), Timestamps.Parse(reader.GetString(8))));
            }
        }

        using (var command = connection.CreateCommand())
        {
            // One join per side, so each walks the segments primary key (document_id, lang, idx) for its range.
            command.CommandText =
                "SELECT l.id, s.lang, s.idx, s.paragraph, s.source_line, s.text FROM links l JOIN segments s ON s.document_id = l.document_id " +
                "AND s.lang = 'en' AND s.idx >= l.en_start AND s.idx < l.en_start + l.en_count WHERE l.id IN (SELECT value FROM json_each($ids)) " +
                "UNION ALL " +
                "SELECT l.id, s.lang, s.idx, s.paragraph, s.source_line, s.text FROM links l JOIN segments s ON s.document_id = l.document_id " +
                "AND s.lang = 'ja' AND s.idx >= l.ja_start AND s.idx < l.ja_start + l.ja_count WHERE l.id IN (SELECT value FROM json_each($ids)) " +
                "ORDER BY 1, 2, 3";
            command.Parameters.AddWithValue("$ids", ids);
            using var reader = command.ExecuteReader();
            return SearchPairAssembly.Assemble(linkIds, links, reader);
        }
    }
}
