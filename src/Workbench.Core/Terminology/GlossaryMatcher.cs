using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Terminology;

/// <summary>
/// Finds glossary terms in English (word boundaries, case, plural and possessive insensitive) and their renderings in
/// Japanese (NFKC-normalised, never inside a longer katakana or Latin word), each with one Aho–Corasick pass.
/// Not thread-safe: it reuses match buffers; create one per thread.
/// </summary>
public sealed class GlossaryMatcher
{
    private readonly AhoCorasickAutomaton english;
    private readonly int[][] entriesByEnglishPattern;
    private readonly AhoCorasickAutomaton japanese;
    private readonly (int Entry, GlossaryMatchKind Kind)[][] renderingsByJapanesePattern;
    private readonly List<AhoCorasickMatch> buffer = [];

    public GlossaryMatcher(IReadOnlyList<GlossaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries;
        var englishPatterns = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var japanesePatterns = new Dictionary<string, List<(int, GlossaryMatchKind)>>(StringComparer.Ordinal);
        for (var e = 0; e < entries.Count; e++)
        {
            var key = EnglishTermNormalizer.Normalize(entries[e].English);
            if (key.Trim().Length > 0)
            {
                Add(englishPatterns, key, e);
            }

            foreach (var approved in entries[e].Approved)
            {
                AddRendering(japanesePatterns, approved, (e, GlossaryMatchKind.Approved));
            }

            foreach (var forbidden in entries[e].Forbidden)
            {
                AddRendering(japanesePatterns, forbidden, (e, GlossaryMatchKind.Forbidden));
            }
        }

        english = new AhoCorasickAutomaton([.. englishPatterns.Keys]);
        entriesByEnglishPattern = [.. englishPatterns.Values.Select(v => v.ToArray())];
        japanese = new AhoCorasickAutomaton([.. japanesePatterns.Keys]);
        renderingsByJapanesePattern = [.. japanesePatterns.Values.Select(v => v.ToArray())];
    }

    public IReadOnlyList<GlossaryEntry> Entries { get; }

    /// <summary>Indices of the entries whose English term occurs in <paramref name="englishText"/>, ascending.</summary>
    public IReadOnlyList<int> FindEnglish(string englishText)
    {
        buffer.Clear();
        english.FindAll(EnglishTermNormalizer.Normalize(englishText), buffer);
        if (buffer.Count == 0)
        {
            return [];
        }

        var found = new List<int>();
        foreach (var match in buffer)
        {
            found.AddRange(entriesByEnglishPattern[match.Pattern]);
        }

        found.Sort();
        return [.. found.Distinct()];
    }

    /// <summary>Approved and forbidden renderings in the Japanese text, in text order.</summary>
    public IReadOnlyList<GlossaryMatch> FindJapanese(NormalizedText japaneseText)
    {
        ArgumentNullException.ThrowIfNull(japaneseText);
        buffer.Clear();
        japanese.FindAll(japaneseText.Text, buffer);
        if (buffer.Count == 0)
        {
            return [];
        }

        var matches = new List<GlossaryMatch>();
        foreach (var match in buffer)
        {
            if (!IsWholeWord(japaneseText.Text, match.Start, match.Length))
            {
                continue;
            }

            var found = japaneseText.OriginalSpan(match.Start, match.Length);
            foreach (var (entry, kind) in renderingsByJapanesePattern[match.Pattern])
            {
                matches.Add(new GlossaryMatch(entry, kind, match.Start, match.Length, found));
            }
        }

        return matches;
    }

    /// <summary>
    /// Japanese has no spaces, so kanji and kana terms may sit anywhere, but a term that starts (ends) with katakana
    /// or a Latin letter must not continue a katakana (Latin) word: キーウ is not in キーウェスト, NATO is not in NATOS.
    /// </summary>
    internal static bool IsWholeWord(string text, int start, int length)
    {
        var end = start + length;
        return !(start > 0 && SameWordClass(text[start - 1], text[start]))
            && !(end < text.Length && SameWordClass(text[end - 1], text[end]));
    }

    private static bool SameWordClass(char outside, char inside) =>
        (JapaneseChars.IsKatakana(inside) && JapaneseChars.IsKatakana(outside))
        || (char.IsAsciiLetterOrDigit(inside) && char.IsAsciiLetterOrDigit(outside));

    private static void AddRendering(Dictionary<string, List<(int, GlossaryMatchKind)>> patterns, string rendering, (int, GlossaryMatchKind) target)
    {
        var key = JapaneseNormalizer.NormalizeTerm(rendering.Trim());
        if (key.Length > 0)
        {
            Add(patterns, key, target);
        }
    }

    private static void Add<T>(Dictionary<string, List<T>> patterns, string key, T value)
    {
        if (!patterns.TryGetValue(key, out var list))
        {
            list = [];
            patterns[key] = list;
        }

        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
