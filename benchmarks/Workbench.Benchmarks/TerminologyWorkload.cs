using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Terminology;

namespace Workbench.Benchmarks;

/// <summary>
/// A deterministic synthetic workload: a glossary of generated English/Japanese terms and pairs of ~25-word English
/// and ~60-character Japanese sentences, a third of which contain a glossary term (some with forbidden variants).
/// </summary>
internal sealed class TerminologyWorkload
{
    private static readonly string[] Syllables = ["ka", "ri", "to", "mu", "sen", "dal", "or", "vi", "ne", "pol", "gra", "te", "lun", "ba", "zor"];
    private static readonly string Katakana = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロ";
    private static readonly string Kanji = "抑止核戦略同盟防衛政策軍事安全保障拡大条約兵器配備協議交渉制裁危機体制能力";
    private static readonly string[] Filler = ["the", "alliance", "must", "now", "consider", "whether", "its", "policy", "can", "survive", "another", "crisis", "in", "which", "leaders", "doubt"];

    private TerminologyWorkload(IReadOnlyList<GlossaryEntry> glossary, IReadOnlyList<AlignedPair> pairs)
    {
        Glossary = glossary;
        Pairs = pairs;
    }

    public IReadOnlyList<GlossaryEntry> Glossary { get; }

    /// <summary>A pool of distinct pairs; large runs cycle through it.</summary>
    public IReadOnlyList<AlignedPair> Pairs { get; }

    public static TerminologyWorkload Create(int terms, int distinctPairs, int seed = 20250101)
    {
        var random = new Random(seed);
        var glossary = new List<GlossaryEntry>(terms);
        var usedTerms = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < terms; t++)
        {
            var english = string.Join(' ', Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Word(random)));
            if (!usedTerms.Add(english))
            {
                t--;
                continue;
            }

            glossary.Add(new GlossaryEntry(english, [KatakanaWord(random), KanjiWord(random)], null, t % 10 == 0 ? [KatakanaWord(random)] : []));
        }

        var pairs = new List<AlignedPair>(distinctPairs);
        for (var p = 0; p < distinctPairs; p++)
        {
            var englishWords = Enumerable.Range(0, 25).Select(_ => Filler[random.Next(Filler.Length)]).ToList();
            var japanese = new System.Text.StringBuilder();
            while (japanese.Length < 60)
            {
                japanese.Append(Kanji[random.Next(Kanji.Length)]).Append("は").Append(KatakanaWord(random)).Append('、');
            }

            if (p % 3 == 0)
            {
                var entry = glossary[random.Next(glossary.Count)];
                englishWords.Insert(random.Next(englishWords.Count), entry.English);
                japanese.Append(random.Next(4) == 0 && entry.Forbidden.Count > 0 ? entry.Forbidden[0] : entry.Approved[random.Next(entry.Approved.Count)]);
            }

            japanese.Append("。2024年に5%増えた。");
            var english = string.Join(' ', englishWords) + ". It rose 5% in 2024.";
            pairs.Add(new AlignedPair(
                "bench",
                new AlignmentLink(new Bead(p, 1, p, 1, 1), LinkStatus.Auto, DateTimeOffset.UnixEpoch),
                [new Segment(p, p, p + 1, english)],
                [new Segment(p, p, p + 1, japanese.ToString())]));
        }

        return new TerminologyWorkload(glossary, pairs);
    }

    private static string Word(Random random) =>
        string.Concat(Enumerable.Range(0, 3 + random.Next(2)).Select(_ => Syllables[random.Next(Syllables.Length)]));

    private static string KatakanaWord(Random random) =>
        new([.. Enumerable.Range(0, 3 + random.Next(4)).Select(_ => Katakana[random.Next(Katakana.Length)])]);

    private static string KanjiWord(Random random) =>
        new([.. Enumerable.Range(0, 2 + random.Next(3)).Select(_ => Kanji[random.Next(Kanji.Length)])]);
}
