using System.Text;

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
        var builder = new StringBuilder(text.Length + 2);
        builder.Append(' ');
        var word = new StringBuilder();
        foreach (var raw in text)
        {
            var c = raw is '’' or '‘' ? '\'' : raw;
            if (char.IsLetterOrDigit(c) || (c == '\'' && word.Length > 0))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            Flush(builder, word);
        }

        Flush(builder, word);
        return builder.ToString();
    }

    /// <summary>The stem of one lower-case word: possessive and regular plural endings removed.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var stem = word;
        if (stem.EndsWith("'s", StringComparison.Ordinal))
        {
            stem = stem[..^2];
        }

        stem = stem.TrimEnd('\'');
        if (stem.Length <= 3)
        {
            return stem;
        }

        if (stem.EndsWith("ies", StringComparison.Ordinal) && stem.Length > 4)
        {
            return stem[..^3] + "y";
        }

        if (stem.EndsWith("sses", StringComparison.Ordinal)
            || stem.EndsWith("ches", StringComparison.Ordinal)
            || stem.EndsWith("shes", StringComparison.Ordinal)
            || stem.EndsWith("xes", StringComparison.Ordinal))
        {
            return stem[..^2];
        }

        var keepsFinalS = stem.EndsWith("ss", StringComparison.Ordinal)
            || stem.EndsWith("us", StringComparison.Ordinal)
            || stem.EndsWith("is", StringComparison.Ordinal);
        return stem[^1] == 's' && !keepsFinalS ? stem[..^1] : stem;
    }

    private static void Flush(StringBuilder builder, StringBuilder word)
    {
        if (word.Length == 0)
        {
            return;
        }

        var stem = Stem(word.ToString());
        word.Clear();
        if (stem.Length == 0)
        {
            return;
        }

        builder.Append(stem).Append(' ');
    }
}
