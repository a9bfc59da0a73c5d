using System.Text.RegularExpressions;

namespace Workbench.Core.Terminology;

/// <summary>
/// Candidate terms of an English sentence for co-occurrence statistics: runs of capitalised words and acronyms
/// (Vladimir Putin, New START, NATO) and two-word phrases of content words (extended deterrence).
/// </summary>
internal static partial class EnglishTermCandidates
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is",
        "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "he", "she",
        "they", "we", "you", "i", "his", "her", "their", "our", "not", "no", "if", "than", "then", "so", "such",
        "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "do", "does",
        "did", "which", "who", "whom", "what", "when", "where", "why", "how", "all", "any", "more", "most", "also",
        "into", "over", "about", "after", "before", "while", "there", "here", "one", "two", "even", "only", "very",
        "said", "says", "other", "some", "many", "much", "new", "now", "just", "both", "each", "yet", "still",
    };

    /// <summary>Normalised candidate keys; the first surface form of each key is recorded in <paramref name="surface"/>.</summary>
    public static IReadOnlyList<string> Extract(string english, Dictionary<string, string> surface)
    {
        var candidates = new List<string>();
        foreach (Match match in CapitalisedRun().Matches(english))
        {
            var words = match.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(StopWords.Contains).ToList();
            if (words.Count > 0)
            {
                Add(string.Join(' ', words), candidates, surface);
            }
        }

        var tokens = Word().Matches(english).Select(m => m.Value).ToList();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (IsContentWord(tokens[i]) && IsContentWord(tokens[i + 1]))
            {
                Add($"{tokens[i]} {tokens[i + 1]}", candidates, surface);
            }
        }

        return candidates;
    }

    private static bool IsContentWord(string token) =>
        token.Length > 2 && !StopWords.Contains(token);

    private static void Add(string text, List<string> candidates, Dictionary<string, string> surface)
    {
        var key = EnglishTermNormalizer.Normalize(text).Trim();
        if (key.Length < 2 || candidates.Contains(key))
        {
            return;
        }

        candidates.Add(key);
        surface.TryAdd(key, text);
    }

    [GeneratedRegex(@"\b(?:[A-Z][A-Za-z0-9'’-]*)(?:\s+[A-Z][A-Za-z0-9'’-]*){0,3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
