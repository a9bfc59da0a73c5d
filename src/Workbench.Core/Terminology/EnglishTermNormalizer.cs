namespace Workbench.Core.Terminology;

/// <summary>
/// Reduces English text to lower-case word stems separated by single spaces, with a space at both ends, so that a
/// term matches at word boundaries whatever its case, plural, possessive or hyphenation
/// ("Extended-Deterrence's" and "extended deterrence" both become " extended deterrence ").
/// </summary>
public static class EnglishTermNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Normalize(text.AsSpan());
    }

    /// <summary><see cref="Normalize(string)"/> of text that is not a string of its own (a caller's buffer).</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        var output = text.Length < 512 ? stackalloc char[(2 * text.Length) + 2] : new char[(2 * text.Length) + 2];
        var length = 0;
        output[length++] = ' ';
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = length;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && length > start)))
            {
                output[length++] = IsApostrophe(text[i]) ? '\'' : char.ToLowerInvariant(text[i]);
                i++;
            }

            var stemLength = StemLength(output[start..length]);
            if (stemLength == 0)
            {
                length = start;
                continue;
            }

            // "-ies" → "-y" is the only rule that does not just cut characters off.
            if (IsIesPlural(output[start..length], stemLength))
            {
                output[start + stemLength - 1] = 'y';
            }

            length = start + stemLength;
            output[length++] = ' ';
        }

        return new string(output[..length]);
    }

    /// <summary>The stem of one lower-case word: possessive and regular plural endings removed.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var stemLength = StemLength(word);
        return IsIesPlural(word, stemLength) ? string.Concat(word.AsSpan(0, stemLength - 1), "y") : word[..stemLength];
    }

    private static bool IsIesPlural(ReadOnlySpan<char> word, int stemLength)
    {
        var core = word.EndsWith("'s") ? word[..^2] : word.TrimEnd('\'');
        return core.Length > 4 && core.EndsWith("ies") && stemLength == core.Length - 2;
    }

    // Length of the stem of a lower-case word; for "-ies" plurals the stem is one character shorter than the word
    // minus "es", and its last character must become 'y' (handled by the callers).
    private static int StemLength(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("'s"))
        {
            word = word[..^2];
        }

        word = word.TrimEnd('\'');
        if (word.Length <= 3)
        {
            return word.Length;
        }

        if (word.EndsWith("ies") && word.Length > 4)
        {
            return word.Length - 2;
        }

        if (word.EndsWith("sses") || word.EndsWith("ches") || word.EndsWith("shes") || word.EndsWith("xes"))
        {
            return word.Length - 2;
        }

        var keepsFinalS = word.EndsWith("ss") || word.EndsWith("us") || word.EndsWith("is");
        return word[^1] == 's' && !keepsFinalS ? word.Length - 1 : word.Length;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘';
}
