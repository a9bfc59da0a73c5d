using System.Buffers;
using System.Text;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Terminology;

/// <summary>
/// Finds glossary terms in English (word boundaries, case, plural and possessive insensitive; editorial insertions in
/// square brackets skipped, so "extended [nuclear] deterrence" is "extended deterrence") and their renderings in
/// Japanese (NFKC-normalised, Japanese quotes inside a rendering ignored so 核の「傘」 is 核の傘, never inside a longer
/// katakana or Latin word unless the rest of that word is itself a known word: キエフ in キエフベラルーシ), each with
/// one Aho–Corasick pass. Not thread-safe: it reuses match buffers; create one per thread.
/// </summary>
public sealed class GlossaryMatcher
{
    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("「」『』“”〝〟\"");

    private readonly Func<string, bool> isKnownWord;
    private readonly HashSet<string> renderings = new(StringComparer.Ordinal);
    private readonly AhoCorasickAutomaton english;
    private readonly int[][] entriesByEnglishPattern;
    private readonly AhoCorasickAutomaton japanese;
    private readonly (int Entry, GlossaryMatchKind Kind)[][] renderingsByJapanesePattern;
    private readonly List<AhoCorasickMatch> buffer = [];

    public GlossaryMatcher(IReadOnlyList<GlossaryEntry> entries)
        : this(entries, _ => false)
    {
    }

    /// <param name="isKnownWord">Whether a normalised katakana word is a word or name the memory or a dictionary
    /// knows; a rendering glued to such a word (キエフベラルーシ) is still found. Glossary renderings always count.</param>
    public GlossaryMatcher(IReadOnlyList<GlossaryEntry> entries, Func<string, bool> isKnownWord)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(isKnownWord);
        Entries = entries;
        this.isKnownWord = isKnownWord;
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
        english.FindAll(EnglishTermNormalizer.Normalize(WithoutEditorialInsertions(englishText)), buffer);
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
        var (text, positions) = WithoutQuotes(japaneseText.Text);
        buffer.Clear();
        japanese.FindAll(text, buffer);
        if (buffer.Count == 0)
        {
            return [];
        }

        var matches = new List<GlossaryMatch>();
        foreach (var match in buffer)
        {
            if (!IsWholeWord(text, match.Start, match.Length) && !IsGluedToKnownWords(text, match.Start, match.Length))
            {
                continue;
            }

            var start = positions is null ? match.Start : positions[match.Start];
            var length = positions is null ? match.Length : positions[match.Start + match.Length - 1] + 1 - start;
            var found = japaneseText.OriginalSpan(start, length);
            foreach (var (entry, kind) in renderingsByJapanesePattern[match.Pattern])
            {
                matches.Add(new GlossaryMatch(entry, kind, start, length, found));
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

    /// <summary>
    /// A katakana rendering glued to katakana on either side counts when what is glued on is a known word
    /// (キエフ + ベラルーシ), so a missing separator does not hide a forbidden spelling.
    /// </summary>
    private bool IsGluedToKnownWords(string text, int start, int length)
    {
        var end = start + length;
        var latinGlued = (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1]) && char.IsAsciiLetterOrDigit(text[start]))
            || (end < text.Length && char.IsAsciiLetterOrDigit(text[end - 1]) && char.IsAsciiLetterOrDigit(text[end]));
        if (latinGlued)
        {
            return false;
        }

        var runStart = start;
        while (runStart > 0 && JapaneseChars.IsKatakana(text[runStart - 1]) && JapaneseChars.IsKatakana(text[start]))
        {
            runStart--;
        }

        var runEnd = end;
        while (runEnd < text.Length && JapaneseChars.IsKatakana(text[runEnd]) && JapaneseChars.IsKatakana(text[end - 1]))
        {
            runEnd++;
        }

        return IsKnown(text[runStart..start]) && IsKnown(text[end..runEnd]);
    }

    private bool IsKnown(string word) => word.Length == 0 || renderings.Contains(word) || isKnownWord(word);

    /// <summary>"extended [nuclear] deterrence" → "extended deterrence": the brackets mark the editor's words.</summary>
    internal static string WithoutEditorialInsertions(string english)
    {
        if (!english.Contains('['))
        {
            return english;
        }

        var builder = new StringBuilder(english.Length);
        var depth = 0;
        foreach (var c in english)
        {
            depth += c == '[' ? 1 : 0;
            if (depth == 0)
            {
                builder.Append(c);
            }

            depth -= c == ']' && depth > 0 ? 1 : 0;
        }

        return builder.ToString();
    }

    /// <summary>The text without Japanese quote marks and, when any were removed, each kept character's position.</summary>
    private static (string Text, int[]? Positions) WithoutQuotes(string text)
    {
        if (text.AsSpan().IndexOfAny(QuoteMarks) < 0)
        {
            return (text, null);
        }

        var builder = new StringBuilder(text.Length);
        var positions = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!QuoteMarks.Contains(text[i]))
            {
                builder.Append(text[i]);
                positions.Add(i);
            }
        }

        return (builder.ToString(), [.. positions]);
    }

    private static bool SameWordClass(char outside, char inside) =>
        (JapaneseChars.IsKatakana(inside) && JapaneseChars.IsKatakana(outside))
        || (char.IsAsciiLetterOrDigit(inside) && char.IsAsciiLetterOrDigit(outside));

    private void AddRendering(Dictionary<string, List<(int, GlossaryMatchKind)>> patterns, string rendering, (int, GlossaryMatchKind) target)
    {
        var key = JapaneseNormalizer.NormalizeTerm(rendering.Trim());
        if (key.Length > 0)
        {
            renderings.Add(key);
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
