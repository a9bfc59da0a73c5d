using Workbench.Core.Segmentation;

namespace Workbench.Core.Tests.Segmentation;

/// <summary>The bracket post-pass is written with plain loops for speed; on random texts and breaks it must keep
/// exactly the breaks the rule as first written (LINQ over pairs, a set of blocked positions) keeps.</summary>
public sealed class BracketBalancerTests
{
    [Fact]
    public void Keeps_the_breaks_the_rule_as_first_written_keeps()
    {
        var options = BracketBalanceOptions.Japanese;
        char[] alphabet = ['あ', '。', '！', '「', '」', '『', '』', '（', '）', '【', '】', ')', ' ', 'と', '■'];
        var random = new Random(5);
        var changed = 0;
        for (var sample = 0; sample < 5000; sample++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 30)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            List<int> breaks = [.. Enumerable.Range(1, Math.Max(text.Length - 1, 0)).Where(_ => random.Next(4) == 0)];

            var expected = Reference(text, breaks, options);
            Assert.Equal(expected, BracketBalancer.Apply(text, breaks, options));
            changed += expected.Count == breaks.Count ? 0 : 1;
        }

        Assert.InRange(changed, 200, 4800);
    }

    [Fact]
    public void A_quotation_continued_by_a_particle_keeps_its_inner_sentence_end_from_splitting() =>
        Assert.Equal([15], BracketBalancer.Apply("「抑止は。機能する」と述べた。次。", [5, 15], BracketBalanceOptions.Japanese));

    private static List<int> Reference(string text, IReadOnlyList<int> breaks, BracketBalanceOptions options)
    {
        var blocked = new HashSet<int>();
        var open = new List<(char Closer, int Position)>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (options.Pairs.FirstOrDefault(pair => pair[0] == c) is { } opened)
            {
                open.Add((opened[1], i));
            }
            else if (options.Pairs.Any(pair => pair[1] == c))
            {
                var match = open.FindLastIndex(entry => entry.Closer == c);
                if (match >= 0)
                {
                    var (start, close) = (open[match].Position, i);
                    open.RemoveRange(match, open.Count - match);
                    if (!EndsSentence(text, close + 1, breaks, options.SentenceTail))
                    {
                        blocked.UnionWith(breaks.Where(position => position > start && position <= close));
                    }
                }
            }
        }

        return [.. breaks.Where(position => !blocked.Contains(position))];
    }

    private static bool EndsSentence(string text, int from, IReadOnlyList<int> breaks, string sentenceTail)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (breaks.Contains(i))
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[i]) && !sentenceTail.Contains(text[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
