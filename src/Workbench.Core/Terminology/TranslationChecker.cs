using System.Text;
using System.Text.RegularExpressions;
using Workbench.Core.Documents;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Terminology;

/// <summary>
/// Runs every <see cref="CheckRules"/> check over aligned pairs: glossary terms and forbidden variants, numbers,
/// Latin tokens, untranslated and inconsistently translated segments. Streams findings pair by pair.
/// </summary>
public sealed partial class TranslationChecker
{
    private readonly GlossaryMatcher glossary;
    private readonly CheckOptions options;
    private readonly HashSet<string> glossaryEnglish;

    public TranslationChecker(IReadOnlyList<GlossaryEntry> entries, CheckOptions options)
        : this(entries, options, _ => false)
    {
    }

    /// <param name="isKnownWord">Katakana words the memory or a dictionary knows (see <see cref="GlossaryMatcher"/>).</param>
    public TranslationChecker(IReadOnlyList<GlossaryEntry> entries, CheckOptions options, Func<string, bool> isKnownWord)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(options);
        glossary = new GlossaryMatcher(entries, isKnownWord);
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
        var report = new FindingFactory(pair, location, options.ReviewPolicy);
        ReportForbidden(japaneseMatches, report, findings);
        if (englishText.Length == 0)
        {
            return;
        }

        if (!HasLetters(japaneseText) || SameText(englishText, japaneseText))
        {
            var what = HasLetters(japaneseText) ? "the Japanese is a copy of the English" : "no Japanese for this English";
            findings.Add(report.Finding(CheckRules.Untranslated, what, null, null));
            return;
        }

        ReportMissingTerms(englishText, japanese.Text, japaneseMatches, report, findings);
        ReportNumbers(englishText, japanese.Text, report, findings);
        ReportLatinTokens(englishText, japanese.Text, report, findings);
    }

    private void ReportForbidden(IReadOnlyList<GlossaryMatch> matches, FindingFactory report, List<CheckFinding> findings)
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
            findings.Add(report.Finding(
                CheckRules.TermForbidden,
                $"「{match.Found}」 is a forbidden variant of \"{entry.English}\"; use 「{string.Join("」/「", entry.Approved)}」",
                expected, match.Found));
        }
    }

    // One spot, one finding: a term whose forbidden variant is in the Japanese was reported by term-forbidden already.
    // A term the translator kept or glossed in English (拡大抑止(extended deterrence)) is present too.
    private void ReportMissingTerms(string english, string normalizedJapanese, IReadOnlyList<GlossaryMatch> matches, FindingFactory report, List<CheckFinding> findings)
    {
        foreach (var index in glossary.FindEnglish(english))
        {
            if (matches.Any(m => m.Entry == index) || LatinTermIn(normalizedJapanese, glossary.Entries[index].English))
            {
                continue;
            }

            var entry = glossary.Entries[index];
            findings.Add(report.Finding(
                CheckRules.TermMissing,
                $"\"{entry.English}\" should be rendered 「{string.Join("」/「", entry.Approved)}」",
                entry.Approved[0], null));
        }
    }

    private static bool LatinTermIn(string normalizedJapanese, string englishTerm)
    {
        var key = EnglishTermNormalizer.Normalize(englishTerm);
        return key.Trim().Length > 0 && LatinRun().Matches(normalizedJapanese).Any(run => EnglishTermNormalizer.Normalize(run.Value).Contains(key, StringComparison.Ordinal));
    }

    private static void ReportNumbers(string english, string normalizedJapanese, FindingFactory report, List<CheckFinding> findings)
    {
        var japaneseQuantities = QuantityExtractor.Japanese(normalizedJapanese);
        foreach (var quantity in QuantityExtractor.English(english))
        {
            if (!japaneseQuantities.Any(j => quantity.SameValue(j.Value)))
            {
                findings.Add(report.Finding(
                    CheckRules.NumberMismatch,
                    $"\"{quantity.Text}\" has no matching quantity in the Japanese",
                    quantity.Text, null));
            }
        }
    }

    private void ReportLatinTokens(string english, string normalizedJapanese, FindingFactory report, List<CheckFinding> findings)
    {
        foreach (var token in LatinTokenExtractor.English(english, options.LatinTokenExemptions))
        {
            if (!glossaryEnglish.Contains(token) && !LatinTokenExtractor.PresentIn(normalizedJapanese, token))
            {
                findings.Add(report.Finding(
                    CheckRules.LatinTokenMissing,
                    $"\"{token}\" is in the English but not in the Japanese",
                    token, null));
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
            findings.Add(new FindingFactory(pair, location, options.ReviewPolicy).Finding(
                CheckRules.InconsistentTarget,
                $"the same English is translated differently in {first.Location.Document} #{first.Location.Segment + 1}",
                null, null));
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

    [GeneratedRegex(@"[a-z][a-z0-9'’ -]*", RegexOptions.CultureInvariant)]
    private static partial Regex LatinRun();

    /// <summary>
    /// Findings of one pair, with the severity its link allows and the link's status and confidence. An error on an
    /// unreviewed low-confidence link, or a missing term in a headline (an English segment with no sentence-final
    /// punctuation: titles are rewritten, not translated), is a warning: neither may fail CI on its own.
    /// </summary>
    private sealed class FindingFactory(AlignedPair pair, FindingLocation location, ReviewPolicy policy)
    {
        public CheckFinding Finding(CheckRule rule, string message, string? expected, string? found)
        {
            var doubtful = policy.IsLowConfidence(pair.Link) || (rule == CheckRules.TermMissing && pair.Link.Status != LinkStatus.Confirmed && IsHeadline(pair));
            var severity = rule.Severity == CheckSeverity.Error && doubtful ? CheckSeverity.Warning : rule.Severity;
            return new CheckFinding(rule, severity, message, location, pair.EnglishText, pair.JapaneseText, expected, found, pair.Link.Status, pair.Link.Bead.Confidence);
        }

        private static bool IsHeadline(AlignedPair pair) =>
            pair.English.Count == 1 && pair.English[0].Text.TrimEnd() is { Length: > 0 } text && !".?!:;\"”’)]…".Contains(text[^1]);
    }
}
