using System.Text;
using Workbench.Core.Documents;
using Workbench.Core.Search;
using Workbench.Core.Terminology;

namespace Workbench.Core.Tests.Search;

/// <summary>
/// The search keys as main computed them before session 8 (MatchUnits.Of, FuzzyKeys.Grams, SearchKeys.Nfkc, a string
/// per unit and per gram; the Japanese key through JapaneseNormalizer.Normalize's text and map), kept here as the oracle the one-pass <see cref="SideSearchKeys.Of"/> and the unit and gram
/// lists are compared with. One change: the old English word loop never ended on a character that is neither a
/// letter, digit, punctuation mark nor whitespace (a soft hyphen, a combining mark, a private-use character); the
/// oracle has the same fix as <see cref="MatchUnits"/> (such a character starts a word, and marks and format
/// characters go on one), marked below, so that random text can be compared at all. One rule added since (session 9):
/// invisible format characters (category Cf) are left out with NFKC, marked below too.
/// </summary>
internal static class SearchKeysOracle
{
    public static SideSearchKeys Keys(string text, Language language)
    {
        var units = Units(text, language);
        var key = language == Language.English ? EnglishTermNormalizer.Normalize(Nfkc(text)) : JapaneseKey(text);
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

    /// <summary>The Japanese concordance key: JapaneseNormalizer.Normalize's text, then SearchKeys.JapaneseMapped's loop.</summary>
    public static string JapaneseKey(string text)
    {
        var normalized = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsNfkcStable(c))
            {
                AppendNormalized(normalized, FoldAsciiCase(c));
                i++;
                continue;
            }

            var chunkLength = ChunkLength(text, i);
            var chunk = text.Substring(i, chunkLength);
            string folded;
            try
            {
                folded = chunk.Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                folded = chunk;
            }

            // Session 9: format characters are left out.
            foreach (var n in folded.Where(n => !IsFormat(n)))
            {
                AppendNormalized(normalized, FoldAsciiCase(n));
            }

            i += chunkLength;
        }

        var key = new StringBuilder(normalized.Length);
        foreach (var n in normalized.ToString())
        {
            var c = n;
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (c is >= '\u30A0' and <= '\u30FF')
            {
                if (c is 'ー' or 'ヽ' or 'ヾ')
                {
                    continue;
                }

                c = c == 'ヴ' ? 'ブ' : KatakanaFolds.GetValueOrDefault(c, c);
            }

            key.Append(c);
        }

        return key.ToString();
    }

    private static readonly Dictionary<char, char> KatakanaFolds = new()
    {
        ['ァ'] = 'ア', ['ィ'] = 'イ', ['ゥ'] = 'ウ', ['ェ'] = 'エ', ['ォ'] = 'オ', ['ッ'] = 'ツ', ['ャ'] = 'ヤ',
        ['ュ'] = 'ユ', ['ョ'] = 'ヨ', ['ヮ'] = 'ワ', ['ヵ'] = 'カ', ['ヶ'] = 'ケ', ['ヂ'] = 'ジ', ['ヅ'] = 'ズ',
        ['ヲ'] = 'オ', ['ヰ'] = 'イ', ['ヱ'] = 'エ',
    };

    private static void AppendNormalized(StringBuilder builder, char c)
    {
        if (c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212' or 'ー')
        {
            var afterKatakana = builder.Length > 0 && (builder[^1] is (>= '\u30A1' and <= '\u30FA') or 'ー' or '\u30FD' or '\u30FE');
            c = afterKatakana || c == 'ー' ? 'ー' : '-';
        }

        builder.Append(c);
    }

    private static char FoldAsciiCase(char c) => char.IsAsciiLetterUpper(c) ? (char)(c + ('a' - 'A')) : c;

    private static bool IsNfkcStable(char c) =>
        c < 0x80
        || c is >= '\u3001' and <= '\u3002'
        || c is >= '\u3005' and <= '\u3007'
        || c is >= '\u300C' and <= '\u300F'
        || c is >= '\u3041' and <= '\u3096'
        || c is >= '\u30A1' and <= '\u30FE'
        || c is >= '\u4E00' and <= '\u9FFF';

    private static int ChunkLength(string text, int start)
    {
        var length = char.IsHighSurrogate(text[start]) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]) ? 2 : 1;
        while (start + length < text.Length && text[start + length] is '\uFF9E' or '\uFF9F' or '\u3099' or '\u309A')
        {
            length++;
        }

        return length;
    }

    public static string Loose((string Text, MatchUnitKind Kind) unit) => unit.Kind == MatchUnitKind.Number ? "#" : unit.Text.ToLowerInvariant();

    private static string Nfkc(string text)
    {
        string normalized;
        try
        {
            normalized = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            normalized = text;
        }

        // Session 9: format characters are left out.
        return string.Concat(normalized.Where(c => !IsFormat(c)));
    }

    private static bool IsFormat(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

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
