using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Workbench.Core;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Search;

namespace Workbench.Storage;

/// <summary>
/// <see cref="IMemorySearchIndex"/> on the FTS5 tables of migration 0003, which triggers keep in step with the links
/// and segments tables. Concordance: Japanese keys of 3+ characters and all English keys (" word ... ", so a match
/// is whole words) are trigram phrases; 1–2 character Japanese keys are one- or two-token phrases over the
/// character index. Row ids put confirmed pairs first and newer pairs before older ones, so the newest hits come
/// straight off the index with LIMIT. Fuzzy: each query gram's postings inside the length window (a row id range)
/// are counted; a gram with more than <see cref="CommonGramPostings"/> postings in the window is skipped and
/// lowers the bound, so one lookup reads a bounded number of postings.
/// </summary>
public sealed class SqliteMemorySearchIndex : IMemorySearchIndex
{
    /// <summary>Postings of one gram read at most per lookup; beyond this the gram says too little to be worth it.</summary>
    public const int CommonGramPostings = 4000;

    private const long ConfirmedOffset = 1L << 40;
    private const long LinkIdMask = ConfirmedOffset - 1;

    private readonly SqliteConnection connection;

    internal SqliteMemorySearchIndex(SqliteConnection connection) => this.connection = connection;

    public IReadOnlyList<AlignedPair> FindContaining(ConcordanceQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var searches = new List<(string Table, string Match)>();
        if (query.EnglishKey is { Length: > 0 } english)
        {
            searches.Add(("search_text", "en : " + Phrase(english)));
        }

        if (query.JapaneseKey is { Length: > 0 } japanese)
        {
            searches.Add(japanese.EnumerateRunes().Count() >= 3
                ? ("search_text", "ja : " + Phrase(japanese))
                : ("search_ja_chars", CharacterPhrase(japanese)));
        }

        var (low, high) = RowIdRange(query.Statuses);
        var rowIds = new SortedSet<long>(Comparer<long>.Create((a, b) => b.CompareTo(a)));
        foreach (var (table, match) in searches)
        {
            rowIds.UnionWith(MatchingRowIds(table, match, low, high, query.Documents, query.Limit));
        }

        return rowIds.Take(query.Limit).Select(rowId => LoadPair(rowId & LinkIdMask)).ToList();
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
        foreach (var g in query.Grams)
        {
            gram.Value = Phrase(g);
            postings.Clear();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    postings.Add(reader.GetInt64(0));
                }
            }

            if (postings.Count > CommonGramPostings)
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
        var chosen = passing
            .OrderByDescending(entry => entry.Value)
            .ThenByDescending(entry => entry.Key & LinkIdMask)
            .Take(query.MaxCandidates)
            .Select(entry => LoadPair(entry.Key & LinkIdMask))
            .ToList();
        return new FuzzyCandidates(chosen, Exhaustive: skipped == 0 && passing.Count <= query.MaxCandidates);
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

    private static (long Low, long High) RowIdRange(IReadOnlyList<LinkStatus> statuses)
    {
        var auto = statuses.Count == 0 || statuses.Contains(LinkStatus.Auto);
        var confirmed = statuses.Count == 0 || statuses.Contains(LinkStatus.Confirmed);
        return (auto ? 0 : ConfirmedOffset, confirmed ? long.MaxValue : ConfirmedOffset - 1);
    }

    private List<long> MatchingRowIds(string table, string match, long low, long high, IReadOnlyList<string> documents, int limit)
    {
        using var command = connection.CreateCommand();
        var documentFilter = new StringBuilder();
        if (documents.Count > 0)
        {
            documentFilter.Append($" AND (SELECT document_id FROM links WHERE id = {table}.rowid & {LinkIdMask}) IN (SELECT id FROM documents WHERE name IN (");
            for (var i = 0; i < documents.Count; i++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"$doc{i}");
                documentFilter.Append(i == 0 ? name : ", " + name);
                command.Parameters.AddWithValue(name, documents[i]);
            }

            documentFilter.Append("))");
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

    private AlignedPair LoadPair(long linkId)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT l.document_id, d.name, l.en_start, l.en_count, l.ja_start, l.ja_count, l.confidence, l.status, l.updated_at " +
            "FROM links l JOIN documents d ON d.id = l.document_id WHERE l.id = $id";
        command.Parameters.AddWithValue("$id", linkId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new InvalidOperationException($"search index names link {linkId}, which is not in the links table");
        }

        var documentId = reader.GetInt64(0);
        var bead = new Bead(reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetDouble(6));
        var link = new AlignmentLink(bead, StatusNames.FromColumn(reader.GetString(7)), Timestamps.Parse(reader.GetString(8)));
        return new AlignedPair(
            reader.GetString(1),
            link,
            LoadSegments(documentId, Language.English, bead.EnStart, bead.EnCount),
            LoadSegments(documentId, Language.Japanese, bead.JaStart, bead.JaCount));
    }

    private List<Segment> LoadSegments(long documentId, Language language, int start, int count)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT idx, paragraph, source_line, text FROM segments WHERE document_id = $document AND lang = $lang AND idx >= $start AND idx < $end ORDER BY idx";
        command.Parameters.AddWithValue("$document", documentId);
        command.Parameters.AddWithValue("$lang", language.ToCode());
        command.Parameters.AddWithValue("$start", start);
        command.Parameters.AddWithValue("$end", start + count);
        using var reader = command.ExecuteReader();
        var segments = new List<Segment>(count);
        while (reader.Read())
        {
            segments.Add(new Segment(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3)));
        }

        return segments;
    }
}
