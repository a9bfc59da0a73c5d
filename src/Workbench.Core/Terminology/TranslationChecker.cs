using System.Text;
using Workbench.Core.Documents;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Terminology;

/// <summary>
/// Runs every <see cref="CheckRules"/> check over aligned pairs: glossary terms and forbidden variants, numbers,
/// Latin tokens, untranslated and inconsistently translated segments. Streams findings pair by pair.
/// </summary>
public sealed class TranslationChecker
{
    private readonly GlossaryMatcher glossary;
    private readonly CheckOptions options;
    private readonly HashSet<string> glossaryEnglish;

    public TranslationChecker(IReadOnlyList<GlossaryEntry> entries, CheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(options);
        glossary = new GlossaryMatcher(entries);
        this.options = options;
        glossaryEnglish = new HashSet<string>(entries.Select(e => e.English.Trim()), StringComparer.OrdinalIgnoreCase);
    }

    /// <param name="japaneseSourceOf">Document name → imported Japanese file path (for CI annotations), or null.</param>
    /// <param name="englishSourceOf">Document name → imported English file path, for pairs without Japanese.</param>
    public IEnumerable<CheckFinding> Check(IEnumerable<AlignedPair> pairs, Func<string, string?> japaneseSourceOf, Func<string, string?> englishSourceOf)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(japaneseSourceOf);
        ArgumentNullException.ThrowIfNull(englishSourceOf);
        var firstTranslation = new Dictionary<ulong, (ulong Japanese, FindingLocation Location)>();
        foreach (var pair in pairs)
        {
            var location = Locate(pair, japaneseSourceOf, englishSourceOf);
            var findings = new List<CheckFinding>();
            CheckPair(pair, location, findings);
            CheckConsistency(pair, location, firstTranslation, findings);
            foreach (var finding in findings)
            {
                yield return finding;
            }
        }
    }

    /// <summary>The checks that look at one pair alone.</summary>
    public void CheckPair(AlignedPair pair, FindingLocation location, List<CheckFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(pair);
        ArgumentNullException.ThrowIfNull(findings);
        var englishText = pair.EnglishText;
        var japaneseText = pair.JapaneseText;
        var japanese = JapaneseNormalizer.Normalize(japaneseText);
        var japaneseMatches = glossary.FindJapanese(japanese);
        ReportForbidden(japaneseMatches, englishText, japaneseText, location, findings);
        if (englishText.Length == 0)
        {
            return;
        }

        if (!HasLetters(japaneseText) || SameText(englishText, japaneseText))
        {
            var what = HasLetters(japaneseText) ? "the Japanese is a copy of the English" : "no Japanese for this English";
            findings.Add(new CheckFinding(CheckRules.Untranslated, what, location, englishText, japaneseText, null, null));
            return;
        }

        ReportMissingTerms(englishText, japaneseText, japaneseMatches, location, findings);
        ReportNumbers(englishText, japaneseText, japanese.Text, location, findings);
        ReportLatinTokens(englishText, japaneseText, japanese.Text, location, findings);
    }

    private void ReportForbidden(IReadOnlyList<GlossaryMatch> matches, string english, string japanese, FindingLocation location, List<CheckFinding> findings)
    {
        var approvedSpans = matches.Where(m => m.Kind == GlossaryMatchKind.Approved).ToList();
        foreach (var match in matches.Where(m => m.Kind == GlossaryMatchKind.Forbidden))
        {
            // A forbidden variant inside an approved rendering (forbidden 核抑止 within approved 核抑止力) is fine.
            if (approvedSpans.Any(a => a.Start <= match.Start && a.Start + a.Length >= match.Start + match.Length && a.Length > match.Length))
            {
                continue;
            }

            var entry = glossary.Entries[match.Entry];
            var expected = entry.Approved[0];
            findings.Add(new CheckFinding(
                CheckRules.TermForbidden,
                $"「{match.Found}」 is a forbidden variant of \"{entry.English}\"; use 「{string.Join("」/「", entry.Approved)}」",
                location, english, japanese, expected, match.Found));
        }
    }

    private void ReportMissingTerms(string english, string japanese, IReadOnlyList<GlossaryMatch> matches, FindingLocation location, List<CheckFinding> findings)
    {
        foreach (var index in glossary.FindEnglish(english))
        {
            if (matches.Any(m => m.Entry == index && m.Kind == GlossaryMatchKind.Approved))
            {
                continue;
            }

            var entry = glossary.Entries[index];
            var forbidden = matches.FirstOrDefault(m => m.Entry == index && m.Kind == GlossaryMatchKind.Forbidden);
            findings.Add(new CheckFinding(
                CheckRules.TermMissing,
                $"\"{entry.English}\" should be rendered 「{string.Join("」/「", entry.Approved)}」",
                location, english, japanese, entry.Approved[0], forbidden?.Found));
        }
    }

    private static void ReportNumbers(string english, string japanese, string normalizedJapanese, FindingLocation location, List<CheckFinding> findings)
    {
        var japaneseQuantities = QuantityExtractor.Japanese(normalizedJapanese);
        foreach (var quantity in QuantityExtractor.English(english))
        {
            if (!japaneseQuantities.Any(j => quantity.SameValue(j.Value)))
            {
                findings.Add(new CheckFinding(
                    CheckRules.NumberMismatch,
                    $"\"{quantity.Text}\" has no matching quantity in the Japanese",
                    location, english, japanese, quantity.Text, null));
            }
        }
    }

    private void ReportLatinTokens(string english, string japanese, string normalizedJapanese, FindingLocation location, List<CheckFinding> findings)
    {
        foreach (var token in LatinTokenExtractor.English(english, options.LatinTokenExemptions))
        {
            if (!glossaryEnglish.Contains(token) && !LatinTokenExtractor.PresentIn(normalizedJapanese, token))
            {
                findings.Add(new CheckFinding(
                    CheckRules.LatinTokenMissing,
                    $"\"{token}\" is in the English but not in the Japanese",
                    location, english, japanese, token, null));
            }
        }
    }

    private void CheckConsistency(AlignedPair pair, FindingLocation location, Dictionary<ulong, (ulong Japanese, FindingLocation Location)> firstTranslation, List<CheckFinding> findings)
    {
        var english = CollapseSpaces(pair.EnglishText.ToLowerInvariant());
        var japanese = CollapseSpaces(JapaneseNormalizer.NormalizeTerm(pair.JapaneseText));
        if (japanese.Length == 0 || english.Count(c => c == ' ') + 1 < options.MinimumWordsForConsistency)
        {
            return;
        }

        var englishKey = Fnv1a(english);
        var japaneseKey = Fnv1a(japanese);
        if (!firstTranslation.TryGetValue(englishKey, out var first))
        {
            firstTranslation[englishKey] = (japaneseKey, location);
            return;
        }

        if (first.Japanese != japaneseKey)
        {
            findings.Add(new CheckFinding(
                CheckRules.InconsistentTarget,
                $"the same English is translated differently in {first.Location.Document} segment {first.Location.Segment + 1}",
                location, pair.EnglishText, pair.JapaneseText, null, null));
        }
    }

    private static FindingLocation Locate(AlignedPair pair, Func<string, string?> japaneseSourceOf, Func<string, string?> englishSourceOf)
    {
        if (pair.Japanese.Count > 0)
        {
            var segment = pair.Japanese[0];
            return new FindingLocation(pair.Document, segment.Index, japaneseSourceOf(pair.Document), segment.SourceLine);
        }

        var english = pair.English[0];
        return new FindingLocation(pair.Document, english.Index, englishSourceOf(pair.Document), english.SourceLine);
    }

    private static bool HasLetters(string text) => text.Any(char.IsLetter);

    private static bool SameText(string english, string japanese) =>
        string.Equals(CollapseSpaces(english.ToLowerInvariant()), CollapseSpaces(JapaneseNormalizer.NormalizeTerm(japanese)), StringComparison.Ordinal);

    private static string CollapseSpaces(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // 64-bit FNV-1a: a million sentences in 32 bits would collide; 64 bits keeps the table small and exact enough.
    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
