namespace Workbench.Core.Alignment.Evidence;

/// <summary>Tokenises English sentences into lower-case, lightly stemmed words.</summary>
internal static class EnglishWords
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "as", "is",
        "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "he", "she",
        "they", "them", "his", "her", "their", "we", "our", "you", "your", "i", "me", "my", "not", "no", "so", "do",
        "did", "does", "have", "has", "had", "will", "would", "can", "could", "should", "may", "might", "there",
        "which", "who", "whom", "what", "when", "where", "how", "than", "then", "also", "into", "about", "after",
        "before", "such", "one", "some", "any", "all", "more", "most", "other", "s", "t",
    };

    /// <summary>
    /// Moves <paramref name="i"/> past the next word (letters and digits, inner hyphens) and returns its length, or 0
    /// when no word is left.
    /// </summary>
    public static int NextWord(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length && !char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        var start = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i])
            || (text[i] is '-' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))))
        {
            i++;
        }

        return i - start;
    }

    /// <summary>Lower-cases and strips common inflections so "missiles" meets "missile".</summary>
    public static string Stem(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        ReadOnlySpan<char> stem = lower;
        if (stem.Length > 4 && stem.EndsWith("ies"))
        {
            return string.Concat(stem[..^3], "y");
        }

        if (stem.Length > 3 && stem.EndsWith("s") && !stem.EndsWith("ss") && !stem.EndsWith("us") && !stem.EndsWith("is"))
        {
            stem = stem[..^1];
        }

        return stem.ToString();
    }

    public static bool IsStopWord(string stem) => StopWords.Contains(stem);
}
