using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Terminology;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Tests.Terminology;

/// <summary>One variant planted into a memory: in segment <paramref name="Segment"/> (0-based) of
/// <paramref name="Document"/>, one occurrence of <paramref name="Original"/> became <paramref name="Variant"/>.</summary>
internal sealed record Plant(string Document, int Segment, string Kind, string Original, string Variant);

/// <summary>
/// The planted-inconsistency benchmark's generator, built from <c>../shared</c> at test time (nothing copied into the
/// repository). Memory: the 20 nict-dev Wikipedia articles as gold-aligned, confirmed pairs (English and Japanese)
/// and the seven corpus articles as Japanese-only pairs. Plants, with <see cref="Random"/>(<see cref="Seed"/>) and
/// documents and candidates in ordinal order, so every run plants the same:
/// <list type="number">
/// <item>Candidates: katakana words (a whole run between non-katakana or ・, at least 4 characters) and kanji
/// compounds with a connector (X的Y, at least 2 kanji each side) or the suffix 力 (base at least 3 kanji), occurring
/// at least twice in one document, so a plant makes that document mix two spellings.</item>
/// <item>Variant: katakana gets one realistic respelling, chosen at random among those that apply: a long vowel
/// dropped, ヴァ/バ, ティ/チ, ディ/デ, ドゥ/ド, ウィ/ウイ, ウェ/ウエ, ファ/ハ, フィ/ヒ, a small ッ dropped;
/// connector compounds get 型 for 的; 力 compounds lose 力.</item>
/// <item>Up to <see cref="PlantsPerDocument"/> candidates per document are drawn at random; each gets its variant in
/// one random occurrence other than the first.</item>
/// </list>
/// </summary>
internal static partial class PlantedInconsistencies
{
    public const int Seed = 20261202;
    public const int PlantsPerDocument = 3;

    private static readonly (string From, string To)[] Respellings =
    [
        ("ヴァ", "バ"), ("バ", "ヴァ"), ("ヴィ", "ビ"), ("ビ", "ヴィ"), ("ヴェ", "ベ"), ("ヴォ", "ボ"), ("ティ", "チ"),
        ("ディ", "デ"), ("ドゥ", "ド"), ("トゥ", "ト"), ("ウィ", "ウイ"), ("ウェ", "ウエ"), ("ファ", "ハ"), ("フィ", "ヒ"),
        ("フェ", "ヘ"), ("ッ", string.Empty),
    ];

    /// <summary>The benchmark memory: nict-dev (gold links, confirmed) then the corpus articles (Japanese only).</summary>
    public static List<AlignedPair> Memory()
    {
        var pairs = new List<AlignedPair>();
        var nict = Path.GetFullPath(Path.Combine(CorpusFiles.RepositoryRoot(), "..", "shared", "bench", "align", "nict-dev"));
        Assert.True(Directory.Exists(nict), $"the shared nict-dev set is missing: {nict}");
        foreach (var directory in Directory.GetDirectories(nict).Order(StringComparer.Ordinal))
        {
            pairs.AddRange(GoldPairs(Path.GetFileName(directory), directory));
        }

        var articles = CorpusFiles.SharedArticles();
        foreach (var directory in Directory.GetDirectories(articles).Order(StringComparer.Ordinal))
        {
            pairs.AddRange(CorpusFiles.JapaneseOnly(Path.GetFileName(directory), File.ReadAllText(Path.Combine(directory, "ja.txt"))));
        }

        return pairs;
    }

    /// <summary>The memory with its plants: the same pairs, planted segments' texts changed.</summary>
    public static (List<AlignedPair> Pairs, List<Plant> Plants) Plant(IReadOnlyList<AlignedPair> memory)
    {
        var random = new Random(Seed);
        var segments = memory.SelectMany(p => p.Japanese.Select(s => (p.Document, Segment: s)))
            .GroupBy(s => s.Document, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var changed = new Dictionary<(string Document, int Segment), string>();
        var plants = new List<Plant>();
        foreach (var document in segments)
        {
            var occurrences = new Dictionary<string, List<(int Segment, int Start)>>(StringComparer.Ordinal);
            foreach (var (_, segment) in document)
            {
                foreach (var (term, start) in Candidates(segment.Text))
                {
                    if (!occurrences.TryGetValue(term, out var list))
                    {
                        list = [];
                        occurrences[term] = list;
                    }

                    list.Add((segment.Index, start));
                }
            }

            var candidates = occurrences.Where(kv => kv.Value.Count >= 2 && Variant(kv.Key, random: null) is not null)
                .Select(kv => kv.Key)
                .Order(StringComparer.Ordinal)
                .ToList();
            foreach (var term in candidates.OrderBy(_ => random.Next()).Take(PlantsPerDocument).ToList())
            {
                var (kind, variant) = Variant(term, random)!.Value;
                var places = occurrences[term].Where(o => !changed.ContainsKey((document.Key, o.Segment))).Skip(1).ToList();
                if (places.Count == 0)
                {
                    continue;
                }

                var (index, start) = places[random.Next(places.Count)];
                var text = document.Single(s => s.Segment.Index == index).Segment.Text;
                changed[(document.Key, index)] = string.Concat(text.AsSpan(0, start), variant, text.AsSpan(start + term.Length));
                plants.Add(new Plant(document.Key, index, kind, term, variant));
            }
        }

        var planted = memory.Select(pair => pair with
        {
            Japanese = [.. pair.Japanese.Select(s => changed.TryGetValue((pair.Document, s.Index), out var text) ? s with { Text = text } : s)],
        }).ToList();
        return (planted, plants);
    }

    /// <summary>Recall and precision of reported clusters against the plants (see benchmarks/README.md).</summary>
    public static PlantedScore Score(IReadOnlyList<TermCluster> clean, IReadOnlyList<TermCluster> planted, IReadOnlyList<Plant> plants)
    {
        static HashSet<string> Texts(TermCluster c) => c.Variants.Select(v => JapaneseNormalizer.NormalizeTerm(v.Text)).ToHashSet(StringComparer.Ordinal);
        bool Catches(TermCluster cluster, Plant plant)
        {
            var texts = Texts(cluster);
            return texts.Contains(JapaneseNormalizer.NormalizeTerm(plant.Variant)) && texts.Contains(JapaneseNormalizer.NormalizeTerm(plant.Original));
        }

        var before = clean.Select(c => string.Join('|', Texts(c).Order(StringComparer.Ordinal))).ToHashSet(StringComparer.Ordinal);
        var fresh = planted.Where(c => !before.Contains(string.Join('|', Texts(c).Order(StringComparer.Ordinal)))).ToList();
        var found = plants.Count(p => planted.Any(c => Catches(c, p)));
        var wrong = fresh.Where(c => !plants.Any(p => Catches(c, p))).ToList();
        var byKind = plants.GroupBy(p => p.Kind, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Found: g.Count(p => planted.Any(c => Catches(c, p))), Planted: g.Count()), StringComparer.Ordinal);
        return new PlantedScore(plants.Count, found, fresh.Count, fresh.Count - wrong.Count, byKind, wrong);
    }

    private static IEnumerable<(string Term, int Start)> Candidates(string text)
    {
        // A word joined by a hyphen (ラップ-ホッパー) is one katakana run to the detector: not a candidate alone.
        foreach (Match match in KatakanaWord().Matches(text))
        {
            var end = match.Index + match.Length;
            if ((match.Index == 0 || !IsHyphen(text[match.Index - 1])) && (end == text.Length || !IsHyphen(text[end])))
            {
                yield return (match.Value, match.Index);
            }
        }

        foreach (Match match in KanjiCompound().Matches(text))
        {
            if (match.Value.Length >= 4 && (match.Value.EndsWith('力') || Regex.IsMatch(match.Value, @"^\p{IsCJKUnifiedIdeographs}{2,}的\p{IsCJKUnifiedIdeographs}{2,}$")))
            {
                yield return (match.Value, match.Index);
            }
        }
    }

    /// <summary>The kind and variant planted for <paramref name="term"/>; with a null random, whether one exists.</summary>
    private static (string Kind, string Variant)? Variant(string term, Random? random)
    {
        if (term.All(c => c is >= 'ァ' and <= 'ヺ' or 'ー'))
        {
            var options = new List<string>();
            foreach (var (from, to) in Respellings)
            {
                for (var at = term.IndexOf(from, 1, StringComparison.Ordinal); at > 0; at = term.IndexOf(from, at + 1, StringComparison.Ordinal))
                {
                    options.Add(string.Concat(term.AsSpan(0, at), to, term.AsSpan(at + from.Length)));
                }
            }

            for (var at = term.IndexOf('ー', 1); at > 0; at = term.IndexOf('ー', at + 1))
            {
                options.Add(term.Remove(at, 1));
            }

            options = [.. options.Where(o => o.Length >= 3 && o != term).Distinct(StringComparer.Ordinal)];
            return options.Count == 0 ? null : ("katakana spelling", random is null ? options[0] : options[random.Next(options.Count)]);
        }

        if (term.EndsWith('力') && term.Length >= 4)
        {
            return ("compound suffix", term[..^1]);
        }

        var connector = term.IndexOf('的', 2);
        return connector > 0 ? ("compound connector", new StringBuilder(term) { [connector] = '型' }.ToString()) : null;
    }

    private static bool IsHyphen(char c) => c is '-' or '－' or '‐' or '=' or '＝';

    private static IEnumerable<AlignedPair> GoldPairs(string document, string directory)
    {
        var english = File.ReadAllLines(Path.Combine(directory, "en.sent"));
        var japanese = File.ReadAllLines(Path.Combine(directory, "ja.sent"));
        foreach (var line in File.ReadAllLines(Path.Combine(directory, "links")).Where(l => l.Length > 0))
        {
            var sides = line.Split(':');
            var en = Indices(sides[0]);
            var ja = Indices(sides[1]);
            var bead = new Bead(en.Count > 0 ? en[0] : 0, en.Count, ja.Count > 0 ? ja[0] : 0, ja.Count, 1);
            yield return new AlignedPair(
                document,
                new AlignmentLink(bead, LinkStatus.Confirmed, DateTimeOffset.UnixEpoch),
                [.. en.Select(i => new Segment(i, i, i + 1, english[i]))],
                [.. ja.Select(i => new Segment(i, i, i + 1, japanese[i].Normalize(NormalizationForm.FormC)))]);
        }
    }

    private static List<int> Indices(string side) =>
        [.. side.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries).Select(i => int.Parse(i, CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"(?<![ァ-ヺー])[ァ-ヺ][ァ-ヺー]{3,}(?![ァ-ヺー])", RegexOptions.CultureInvariant)]
    private static partial Regex KatakanaWord();

    [GeneratedRegex(@"(?<!\p{IsCJKUnifiedIdeographs})\p{IsCJKUnifiedIdeographs}{4,}(?!\p{IsCJKUnifiedIdeographs})", RegexOptions.CultureInvariant)]
    private static partial Regex KanjiCompound();
}

/// <summary>Plants caught, and clusters new on the planted memory that are plants (and those that are not, to tune on).</summary>
internal sealed record PlantedScore(
    int Planted,
    int Found,
    int NewClusters,
    int NewClustersThatArePlants,
    IReadOnlyDictionary<string, (int Found, int Planted)> ByKind,
    IReadOnlyList<TermCluster> NewClustersThatAreNotPlants)
{
    public double Recall => Planted == 0 ? 0 : (double)Found / Planted;

    public double Precision => NewClusters == 0 ? 0 : (double)NewClustersThatArePlants / NewClusters;
}
