using System.Text;

namespace Workbench.Core.Text.Japanese;

/// <summary>
/// The spelling-insensitive key of a katakana word: long vowel marks dropped, small kana made large, ヴ-row folded
/// into the バ-row, so ブリューワー and ブリュワー (ブリユワ) or ヴィクター and ビクター share a key.
/// </summary>
internal static class KatakanaKey
{
    private static readonly Dictionary<char, char> Folds = new()
    {
        ['ァ'] = 'ア', ['ィ'] = 'イ', ['ゥ'] = 'ウ', ['ェ'] = 'エ', ['ォ'] = 'オ', ['ッ'] = 'ツ', ['ャ'] = 'ヤ',
        ['ュ'] = 'ユ', ['ョ'] = 'ヨ', ['ヮ'] = 'ワ', ['ヵ'] = 'カ', ['ヶ'] = 'ケ', ['ヂ'] = 'ジ', ['ヅ'] = 'ズ',
        ['ヲ'] = 'オ', ['ヰ'] = 'イ', ['ヱ'] = 'エ',
    };

    private static readonly Dictionary<char, char> VuRow = new() { ['ァ'] = 'バ', ['ィ'] = 'ビ', ['ェ'] = 'ベ', ['ォ'] = 'ボ' };

    public static string Of(string word)
    {
        var key = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c is 'ー' or 'ヽ' or 'ヾ')
            {
                continue;
            }

            if (c == 'ヴ')
            {
                if (i + 1 < word.Length && VuRow.TryGetValue(word[i + 1], out var merged))
                {
                    key.Append(merged);
                    i++;
                }
                else
                {
                    key.Append('ブ');
                }

                continue;
            }

            key.Append(Folds.TryGetValue(c, out var folded) ? folded : c);
        }

        return key.ToString();
    }
}
