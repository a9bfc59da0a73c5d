using System.Text.RegularExpressions;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Terminology;

/// <summary>
/// Term candidates of Japanese text: katakana words (split at ・ and, when both halves are words seen elsewhere, at
/// the join of a compound like キエフベラルーシ), kanji compounds, and kanji compounds joined by a kana connector
/// (取引ベースの抑止).
/// </summary>
internal static class JapaneseTermOccurrences
{
    public static IEnumerable<string> KatakanaRuns(string normalized)
    {
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var inRun = i < normalized.Length && JapaneseChars.IsKatakana(normalized[i]);
            if (inRun && start < 0)
            {
                start = i;
            }
            else if (!inRun && start >= 0)
            {
                var run = normalized[start..i].TrimStart('ー');
                if (run.Length >= 2)
                {
                    yield return run;
                }

                start = -1;
            }
        }
    }

    public static IEnumerable<string> KanjiRuns(string normalized)
    {
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var inRun = i < normalized.Length && JapaneseChars.IsKanji(normalized[i]);
            if (inRun && start < 0)
            {
                start = i;
            }
            else if (!inRun && start >= 0)
            {
                if (i - start >= 2)
                {
                    yield return normalized[start..i];
                }

                start = -1;
            }
        }
    }

    /// <summary>Splits a katakana run into two known words when it is their concatenation, else returns it whole.</summary>
    public static IEnumerable<string> SplitCompound(string run, IReadOnlySet<string> knownWords)
    {
        for (var split = run.Length - 2; split >= 2; split--)
        {
            var head = run[..split];
            var tail = run[split..];
            if (knownWords.Contains(head) && knownWords.Contains(tail))
            {
                return [head, tail];
            }
        }

        return [run];
    }

    /// <summary>A regex for "kanji stem + one of <paramref name="connectors"/> + kanji head".</summary>
    public static Regex ConnectorPhrase(IReadOnlyList<string> connectors, int minimumPartLength)
    {
        var alternation = string.Join('|', connectors.Select(Regex.Escape));
        var part = $@"[\p{{IsCJKUnifiedIdeographs}}々]{{{minimumPartLength},}}";
        return new Regex($"(?<stem>{part})(?<connector>{alternation})(?<head>{part})", RegexOptions.CultureInvariant);
    }
}
