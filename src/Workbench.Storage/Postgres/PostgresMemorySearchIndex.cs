using Npgsql;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Search;

namespace Workbench.Storage.Postgres;

/// <summary>
/// <see cref="IMemorySearchIndex"/> on the postings of migration 0004 (<see cref="PostgresSearchPostings"/>), with the
/// same results as SQLite's FTS5 index. Concordance: the query's rarest gram (a word of the English key; the one- or
/// two-character key itself, else a bigram, of the Japanese key) is walked in rank order, confirmed and newest first,
/// and each posting is checked against the whole stored key until the limit is reached; a one- or two-character
/// Japanese query reads exactly its hits. Fuzzy: each query gram's postings inside the length window are counted, at
/// most <see cref="CommonGramPostings"/> per gram (a commoner gram is skipped and lowers the bound, as on SQLite), in
/// one statement.
/// </summary>
public sealed class PostgresMemorySearchIndex : IMemorySearchIndex
{
    /// <summary>Postings of one gram read at most per fuzzy lookup: the same bound as SQLite's, so both backends find the same candidates.</summary>
    public const int CommonGramPostings = SqliteMemorySearchIndex.CommonGramPostings;

    /// <summary>A concordance gram's postings are counted up to this many to choose the rarest one to walk.</summary>
    private const int RarityCountLimit = 2_000;

    private readonly NpgsqlConnection connection;

    internal PostgresMemorySearchIndex(NpgsqlConnection connection) => this.connection = connection;

    public IReadOnlyList<AlignedPair> FindContaining(ConcordanceQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (low, high) = RankRange(query.Statuses);
        var ranks = new SortedSet<long>(Comparer<long>.Create((a, b) => b.CompareTo(a)));
        if (query.EnglishKey is { Length: > 0 } english)
        {
            ranks.UnionWith(MatchingRanks("en_key", english, PostgresSearchPostings.EnglishKeyGrams(english), low, high, query));
        }

        if (query.JapaneseKey is { Length: > 0 } japanese)
        {
            ranks.UnionWith(MatchingRanks("ja_key", japanese, PostgresSearchPostings.JapaneseQueryGrams(japanese), low, high, query));
        }

        return LoadPairs(ranks.Take(query.Limit).Select(rank => rank & PostgresSearchPostings.LinkIdMask).ToList());
    }

    public FuzzyCandidates FindSimilar(FuzzyCandidateQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var grams = query.Grams.Select(gram => PostgresSearchPostings.FuzzyGram(query.Language, gram)).Distinct(StringComparer.Ordinal).ToArray();
        if (grams.Length == 0)
        {
            return new FuzzyCandidates([], Exhaustive: true);
        }

        using var command = new NpgsqlCommand(
            """
            WITH per_gram AS MATERIALIZED (
                SELECT ARRAY(SELECT s.position FROM search_postings s
                             WHERE s.gram = q.gram AND s.position BETWEEN @low AND @high LIMIT @cap + 1) AS positions
                FROM unnest(@grams::text[]) AS q(gram)),
            skipped AS (SELECT count(*)::integer AS grams FROM per_gram WHERE cardinality(positions) > @cap),
            shared AS (
                SELECT p.position & @mask AS link_id, count(*)::integer AS grams
                FROM per_gram g CROSS JOIN LATERAL unnest(g.positions) AS p(position)
                WHERE cardinality(g.positions) <= @cap
                GROUP BY 1)
            SELECT s.grams, shared.link_id
            FROM skipped s LEFT JOIN LATERAL (
                SELECT link_id, grams FROM shared WHERE grams >= GREATEST(1, @minShared - s.grams)
                ORDER BY grams DESC, link_id DESC LIMIT @candidates + 1) shared ON true
            """,
            connection);
        command.Parameters.AddWithValue("grams", grams);
        command.Parameters.AddWithValue("low", PostgresSearchPostings.FuzzyPosition(Math.Max(0, query.MinLength), 0));
        command.Parameters.AddWithValue("high", PostgresSearchPostings.FuzzyPosition(query.MaxLength, 0) + PostgresSearchPostings.LinkIdMask);
        command.Parameters.AddWithValue("cap", CommonGramPostings);
        command.Parameters.AddWithValue("mask", PostgresSearchPostings.LinkIdMask);
        command.Parameters.AddWithValue("minShared", query.MinShared);
        command.Parameters.AddWithValue("candidates", query.MaxCandidates);
        var skipped = 0;
        var linkIds = new List<long>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                skipped = reader.GetInt32(0);
                if (!reader.IsDBNull(1))
                {
                    linkIds.Add(reader.GetInt64(1));
                }
            }
        }

        var exhaustive = skipped == 0 && linkIds.Count <= query.MaxCandidates;
        return new FuzzyCandidates(LoadPairs(linkIds.Take(query.MaxCandidates).ToList()), exhaustive);
    }

    public long CountPairs()
    {
        using var command = new NpgsqlCommand("SELECT count(*) FROM search_pairs", connection);
        return (long)command.ExecuteScalar()!;
    }

    private static (long Low, long High) RankRange(IReadOnlyList<LinkStatus> statuses)
    {
        var auto = statuses.Count == 0 || statuses.Contains(LinkStatus.Auto);
        var confirmed = statuses.Count == 0 || statuses.Contains(LinkStatus.Confirmed);
        return (auto ? 0 : PostgresSearchPostings.ConfirmedOffset, confirmed ? long.MaxValue : PostgresSearchPostings.ConfirmedOffset - 1);
    }

    /// <summary>Ranks of pairs whose <paramref name="keyColumn"/> contains <paramref name="key"/>, best first, walking the rarest gram.</summary>
    private List<long> MatchingRanks(string keyColumn, string key, IReadOnlyList<string> grams, long low, long high, ConcordanceQuery query)
    {
        if (grams.Count == 0)
        {
            return [];
        }

        var rarest = grams.Count == 1 ? grams[0] : Rarest(grams, low, high);
        var documentFilter = query.Documents.Count == 0
            ? string.Empty
            : " AND EXISTS (SELECT 1 FROM links l JOIN documents d ON d.id = l.document_id WHERE l.id = s.link_id AND d.name = ANY(@documents))";
        using var command = new NpgsqlCommand(
            $"""
            SELECT s.position FROM search_postings s JOIN search_pairs p ON p.link_id = s.link_id
            WHERE s.gram = @gram AND s.position BETWEEN @low AND @high AND strpos(p.{keyColumn}, @key) > 0{documentFilter}
            ORDER BY s.position DESC LIMIT @limit
            """,
            connection);
        command.Parameters.AddWithValue("gram", rarest);
        command.Parameters.AddWithValue("low", low);
        command.Parameters.AddWithValue("high", high);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("limit", query.Limit);
        if (query.Documents.Count > 0)
        {
            command.Parameters.AddWithValue("documents", query.Documents.ToArray());
        }

        var ranks = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ranks.Add(reader.GetInt64(0));
        }

        return ranks;
    }

    /// <summary>The gram with the fewest postings in the rank range, each counted up to <see cref="RarityCountLimit"/>.</summary>
    private string Rarest(IReadOnlyList<string> grams, long low, long high)
    {
        using var count = new NpgsqlCommand(
            """
            SELECT q.gram FROM unnest(@grams::text[]) AS q(gram)
            ORDER BY (SELECT count(*) FROM (SELECT 1 FROM search_postings s
                      WHERE s.gram = q.gram AND s.position BETWEEN @low AND @high LIMIT @limit) AS c)
            LIMIT 1
            """,
            connection);
        count.Parameters.AddWithValue("grams", grams.ToArray());
        count.Parameters.AddWithValue("low", low);
        count.Parameters.AddWithValue("high", high);
        count.Parameters.AddWithValue("limit", RarityCountLimit);
        return (string)count.ExecuteScalar()!;
    }

    /// <summary>The pairs of <paramref name="linkIds"/>, in that order, in two statements whatever their number.</summary>
    private List<AlignedPair> LoadPairs(IReadOnlyList<long> linkIds)
    {
        if (linkIds.Count == 0)
        {
            return [];
        }

        var ids = linkIds.ToArray();
        var links = new Dictionary<long, (string Document, AlignmentLink Link)>(linkIds.Count);
        using (var command = new NpgsqlCommand(
            "SELECT l.id, d.name, l.en_start, l.en_count, l.ja_start, l.ja_count, l.confidence, l.status, l.updated_at, l.version " +
            "FROM links l JOIN documents d ON d.id = l.document_id WHERE l.id = ANY(@ids)",
            connection))
        {
            command.Parameters.AddWithValue("ids", ids);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var bead = new Bead(reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetDouble(6));
                var link = new AlignmentLink(bead, StatusNames.FromColumn(reader.GetString(7)), reader.GetFieldValue<DateTimeOffset>(8)) { Version = reader.GetInt64(9) };
                links[reader.GetInt64(0)] = (reader.GetString(1), link);
            }
        }

        using (var command = new NpgsqlCommand(
            "SELECT l.id, s.lang, s.idx, s.paragraph, s.source_line, s.text FROM links l JOIN segments s ON s.document_id = l.document_id " +
            "AND s.lang = 'en' AND s.idx >= l.en_start AND s.idx < l.en_start + l.en_count WHERE l.id = ANY(@ids) " +
            "UNION ALL " +
            "SELECT l.id, s.lang, s.idx, s.paragraph, s.source_line, s.text FROM links l JOIN segments s ON s.document_id = l.document_id " +
            "AND s.lang = 'ja' AND s.idx >= l.ja_start AND s.idx < l.ja_start + l.ja_count WHERE l.id = ANY(@ids) " +
            "ORDER BY 1, 2, 3",
            connection))
        {
            command.Parameters.AddWithValue("ids", ids);
            using var reader = command.ExecuteReader();
            return SearchPairAssembly.Assemble(linkIds, links, reader);
        }
    }
}
