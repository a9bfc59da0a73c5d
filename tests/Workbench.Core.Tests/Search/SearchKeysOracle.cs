using System.Text;
using Workbench.Core.Documents;
using Workbench.Core.Search;
using Workbench.Core.Terminology;

namespace Workbench.Core.Tests.Search;

/// <summary>
/// The search keys as main computed them before session 8 (MatchUnits.Of, FuzzyKeys.Grams, SearchKeys.Nfkc, a string
/// per unit and per gram), kept here as the oracle the one-pass <see cref="SideSearchKeys.Of"/> and the unit and gram
/// lists are compared with. One change: the old English word loop never ended on a character that is neither a
/// letter, digit, punctuation mark nor whitespace (a soft hyphen, a combining mark, a private-use character); the
/// oracle has the same fix as <see cref="MatchUnits"/> (such a character starts a word, and marks and format
/// characters go on one), marked below, so that random text can be compared at all.
/// </summary>
internal static class SearchKeysOracle
{
    public static SideSearchKeys Keys(string text, Language language)
    {
        var units = Units(text, language);
        var key = language == Language.English ? EnglishTermNormalizer.Normalize(Nfkc(text)) : SearchKeys.Japanese(text);
        return new SideSearchKeys(text, key, string.Join(' ', Grams(units, language)), units.Count(u => u.Kind != MatchUnitKind.Punctuation));
    }

    public static List<(string Text, MatchUnitKind Kind)> Units(string text, Language language)
    {
        var normalized = Nfkc(text);
        var units = new List<(string Text, MatchUnitKind Kind)>();
        var i = 0;
        while (i < normalized.Length)
        {
            var c = normalized[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < normalized.Length && (char.IsAsciiDigit(normalized[i]) || (normalized[i] is ',' or '.' && i + 1 < normalized.Length && char.IsAsciiDigit(normalized[i + 1]))))
                {
                    i++;
                }

                units.Add((normalized[start..i], MatchUnitKind.Number));
            }
            else if (IsPunctuation(normalized, i))
            {
                var length = RuneLength(normalized, i);
                units.Add((normalized.Substring(i, length), MatchUnitKind.Punctuation));
                i += length;
            }
            else if (language == Language.English)
            {
                var start = i;

                // Session 8's fix: the first character is taken (before, the loop could take none and never end) ...
                i++;
                while (i < normalized.Length && (char.IsLetterOrDigit(normalized[i]) || char.IsSurrogate(normalized[i])
                    || IsWordExtender(normalized[i]) // ... and marks and format characters go on a word.
                    || (normalized[i] is '\'' or '’' && i > start && i + 1 < normalized.Length && char.IsLetter(normalized[i + 1]))))
                {
                    i++;
                }

                units.Add((normalized[start..i].Replace('’', '\''), MatchUnitKind.Word));
            }
            else
            {
                var length = RuneLength(normalized, i);
                units.Add((normalized.Substring(i, length), MatchUnitKind.Word));
                i += length;
            }
        }

        return units;
    }

    public static List<string> Grams(List<(string Text, MatchUnitKind Kind)> units, Language language)
    {
        var loose = units.Where(u => u.Kind != MatchUnitKind.Punctuation).ToList();
        var grams = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<string>();
        if (language == Language.English)
        {
            foreach (var unit in loose.Where(u => u.Kind == MatchUnitKind.Word))
            {
                var word = Loose(unit).Replace("'", string.Empty, StringComparison.Ordinal);
                if (IsGram(word) && grams.Add(word))
                {
                    ordered.Add(word);
                }
            }
        }
        else
        {
            for (var i = 0; i + 1 < loose.Count; i++)
            {
                if (loose[i].Kind != MatchUnitKind.Word || loose[i + 1].Kind != MatchUnitKind.Word)
                {
                    continue;
                }

                var bigram = Loose(loose[i]) + Loose(loose[i + 1]);
                if (IsGram(bigram) && grams.Add(bigram))
                {
                    ordered.Add(bigram);
                }
            }
        }

        return ordered;
    }

    public static string Loose((string Text, MatchUnitKind Kind) unit) => unit.Kind == MatchUnitKind.Number ? "#" : unit.Text.ToLowerInvariant();

    private static string Nfkc(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    private static bool IsWordExtender(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark or System.Globalization.UnicodeCategory.Format;

    private static bool IsGram(string gram)
    {
        if (gram.Length == 0)
        {
            return false;
        }

        foreach (var rune in gram.EnumerateRunes())
        {
            if (!Rune.IsLetterOrDigit(rune))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPunctuation(string text, int i) =>
        !Rune.TryGetRuneAt(text, i, out var rune)
        || (!Rune.IsLetterOrDigit(rune) && (Rune.IsPunctuation(rune) || Rune.IsSymbol(rune) || Rune.IsControl(rune)));

    private static int RuneLength(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
}
