using System.Text;

namespace Workbench.Core.Text.Japanese;

/// <summary>
/// Kana to modified Hepburn romaji, as English texts spell Japanese names: キシダ → kishida, ジングウ → jinguu,
/// チャ → cha, ッ doubles the next consonant (ッチ → tchi), ン is n (n' before a vowel or y), ー repeats the vowel
/// before it. Long vowels stay as the kana write them (トウキョウ → toukyou); <see cref="MatchKey"/> folds the
/// spellings English texts use for one name (Tōkyō, Tokyo, Toukyou, Tohkyoh) into one key.
/// </summary>
public static class HepburnRomaniser
{
    // Romaji of each katakana from ァ (U+30A1) to ヺ (U+30FA); "" for marks handled in code.
    private static readonly string[] Syllables =
    [
        "a", "a", "i", "i", "u", "u", "e", "e", "o", "o", // ァアィイゥウェエォオ
        "ka", "ga", "ki", "gi", "ku", "gu", "ke", "ge", "ko", "go", // カガキギクグケゲコゴ
        "sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo", // サザシジスズセゼソゾ
        "ta", "da", "chi", "ji", "", "tsu", "zu", "te", "de", "to", "do", // タダチヂッツヅテデトド
        "na", "ni", "nu", "ne", "no", // ナニヌネノ
        "ha", "ba", "pa", "hi", "bi", "pi", "fu", "bu", "pu", "he", "be", "pe", "ho", "bo", "po", // ハ行
        "ma", "mi", "mu", "me", "mo", // マミムメモ
        "ya", "ya", "yu", "yu", "yo", "yo", // ャヤュユョヨ
        "ra", "ri", "ru", "re", "ro", // ラリルレロ
        "wa", "wa", "i", "e", "o", "n", "vu", "ka", "ke", // ヮワヰヱヲンヴヵヶ
        "va", "vi", "ve", "vo", // ヷヸヹヺ
    ];

    /// <summary>The romaji of a kana string (katakana or hiragana); characters that are not kana are skipped.</summary>
    public static string Romanise(ReadOnlySpan<char> kana)
    {
        var builder = new StringBuilder(kana.Length * 2);
        var doubleNext = false;
        for (var i = 0; i < kana.Length; i++)
        {
            var c = ToKatakana(kana[i]);
            if (c == 'ー')
            {
                if (builder.Length > 0 && IsVowel(builder[^1]))
                {
                    builder.Append(builder[^1]);
                }

                continue;
            }

            if (c is < 'ァ' or > 'ヺ')
            {
                continue;
            }

            if (c == 'ッ')
            {
                doubleNext = true;
                continue;
            }

            var syllable = Syllables[c - 'ァ'];
            var next = i + 1 < kana.Length ? ToKatakana(kana[i + 1]) : '\0';
            if (c == 'ン')
            {
                builder.Append(IsVowelKana(next) || next is 'ヤ' or 'ユ' or 'ヨ' ? "n'" : "n");
                continue;
            }

            if (IsSmall(c))
            {
                // A small kana after nothing it can combine with (ァ at the start) reads as its large form.
                builder.Append(syllable);
                continue;
            }

            if (next is 'ャ' or 'ュ' or 'ョ' && syllable.Length >= 2 && syllable[^1] == 'i')
            {
                // キャ kya, シャ sha, チャ cha, ジャ ja: the i of the first kana gives way to the glide.
                var stem = syllable[..^1];
                var glide = Syllables[next - 'ァ'];
                syllable = stem is "sh" or "ch" or "j" ? stem + glide[1..] : stem + glide;
                i++;
            }
            else if (next is 'ァ' or 'ィ' or 'ゥ' or 'ェ' or 'ォ' && Combined(c, next) is { } combined)
            {
                // Sounds of loanwords: ファ fa, ティ ti, ウィ wi, チェ che, ヴァ va.
                syllable = combined;
                i++;
            }

            if (doubleNext)
            {
                builder.Append(syllable.StartsWith("ch", StringComparison.Ordinal) ? 't' : syllable[0]);
                doubleNext = false;
            }

            builder.Append(syllable);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The key two spellings of one Japanese word share whatever romanisation wrote them: lower case; macrons,
    /// circumflexes, apostrophes and hyphens dropped; long vowels (ou, oo, oh, uu, aa, ii, ee) and doubled consonants
    /// single (nn stays: Kannon); Nihon-shiki spellings (si, ti, tu, hu, zi) as Hepburn; m before b, m, p as n; and
    /// voiced consonants as their voiceless pair (g/k, z/s, j/sh, d/t, b/p/h), because names change voicing in
    /// compounds and dictionaries disagree (総司 Sōji, read ソウシ by IPADIC; 山崎 Yamazaki or Yamasaki).
    /// </summary>
    public static string MatchKey(ReadOnlySpan<char> romaji)
    {
        var letters = new StringBuilder(romaji.Length);

        // Romaji made from kana is ASCII, which decomposition leaves as it is: only macrons and circumflexes need it.
        foreach (var raw in Ascii.IsValid(romaji) ? romaji : romaji.ToString().Normalize(NormalizationForm.FormD))
        {
            var c = char.ToLowerInvariant(raw);
            if (c is >= 'a' and <= 'z')
            {
                letters.Append(c);
            }
        }

        var key = new StringBuilder(letters.Length + 4);
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            var previous = i > 0 ? letters[i - 1] : '\0';
            var next = i + 1 < letters.Length ? letters[i + 1] : '\0';
            var spelled = c switch
            {
                's' when next == 'i' => "sh",
                't' when next == 'i' => "ch",
                't' when next == 'u' => "ts",
                't' when next == 'c' => "",
                'h' when next == 'u' && previous is not ('s' or 'c') => "f",
                'h' when previous == 'o' && !IsVowel(next) && next != 'y' => "",
                'z' when next == 'i' => "sh",
                'j' => "sh",
                'm' when next is 'b' or 'm' or 'p' => "n",
                'g' => "k",
                'z' => "s",
                'd' => "t",
                'b' or 'p' => "h",
                _ => null,
            };
            if (spelled is null)
            {
                AppendSingle(key, c);
                continue;
            }

            foreach (var letter in spelled)
            {
                AppendSingle(key, letter);
            }
        }

        return key.Replace("ou", "o").ToString();
    }

    /// <summary>
    /// Whether a Latin word can be read as Hepburn (or wāpuro) syllables: consonant (with y) plus vowel, a lone n, a
    /// doubled consonant, m before b/m/p, oh. Most English words fail (Station, Temple, Shrine); names pass (Kishida,
    /// OKITA, Ise, Tōkyō), and so do a few English words (made, take), which is why a match also needs the kanji.
    /// </summary>
    public static bool LooksLikeRomaji(ReadOnlySpan<char> word)
    {
        Span<char> letters = stackalloc char[word.Length];
        var count = 0;
        foreach (var raw in word)
        {
            var c = char.ToLowerInvariant(raw) switch
            {
                'ā' or 'â' => 'a',
                'ī' or 'î' => 'i',
                'ū' or 'û' => 'u',
                'ē' or 'ê' => 'e',
                'ō' or 'ô' => 'o',
                var other => other,
            };
            if (c is < 'a' or > 'z')
            {
                if (c is '\'' or '’')
                {
                    continue;
                }

                return false;
            }

            letters[count++] = c;
        }

        letters = letters[..count];
        var i = 0;
        while (i < letters.Length)
        {
            var c = letters[i];
            var next = i + 1 < letters.Length ? letters[i + 1] : '\0';
            if (IsVowel(c))
            {
                i++;
                continue;
            }

            if ((c == 'n' && !IsVowel(next) && next != 'y') || (c == 'm' && next is 'b' or 'm' or 'p')
                || (c == 'h' && i > 0 && letters[i - 1] == 'o' && !IsVowel(next)))
            {
                i++;
                continue;
            }

            if (c == next || (c == 't' && next == 'c'))
            {
                // A geminate: the doubled consonant must start a syllable.
                i++;
                continue;
            }

            var onset = c switch
            {
                's' or 'c' when next == 'h' => 2,
                't' when next == 's' => 2,
                'k' or 'g' or 's' or 'z' or 't' or 'd' or 'n' or 'h' or 'b' or 'p' or 'm' or 'y' or 'r' or 'w' or 'f' or 'j' or 'v' => 1,
                _ => 0,
            };
            if (onset == 0)
            {
                return false;
            }

            i += onset;
            if (i < letters.Length && letters[i] == 'y' && onset == 1 && c is not ('y' or 'w'))
            {
                i++;
            }

            if (i >= letters.Length || !IsVowel(letters[i]))
            {
                return false;
            }
        }

        return count > 0;
    }

    /// <summary>Appends a letter unless it doubles the last one (a long vowel or a geminate), except n (Kannon).</summary>
    private static void AppendSingle(StringBuilder key, char letter)
    {
        if (key.Length == 0 || key[^1] != letter || letter == 'n')
        {
            key.Append(letter);
        }
    }

    private static string? Combined(char c, char small)
    {
        var vowel = Syllables[small - 'ァ'];
        return c switch
        {
            'フ' => "f" + vowel,
            'ヴ' => "v" + vowel,
            'テ' when small == 'ィ' => "ti",
            'デ' when small == 'ィ' => "di",
            'ト' when small == 'ゥ' => "tu",
            'ド' when small == 'ゥ' => "du",
            'ウ' when small is 'ィ' or 'ェ' or 'ォ' => "w" + vowel,
            'チ' when small == 'ェ' => "che",
            'シ' when small == 'ェ' => "she",
            'ジ' when small == 'ェ' => "je",
            'ツ' => "ts" + vowel,
            'ク' when small == 'ァ' => "kwa",
            'グ' when small == 'ァ' => "gwa",
            _ => null,
        };
    }

    private static char ToKatakana(char c) => c is >= '\u3041' and <= '\u3096' ? (char)(c + 0x60) : c;

    private static bool IsSmall(char c) => c is 'ァ' or 'ィ' or 'ゥ' or 'ェ' or 'ォ' or 'ャ' or 'ュ' or 'ョ' or 'ヮ' or 'ヵ' or 'ヶ';

    private static bool IsVowelKana(char c) => c is 'ア' or 'イ' or 'ウ' or 'エ' or 'オ';

    private static bool IsVowel(char c) => c is 'a' or 'i' or 'u' or 'e' or 'o';
}
