using System.Text.RegularExpressions;
using Workbench.Core.Segmentation.Srx;
using Workbench.Core.Tests.Support;

namespace Workbench.Core.Tests.Segmentation.Srx;

/// <summary>
/// The compiled rules ask the no-break exceptions only where a break rule applies; that must find exactly the breaks
/// of plain SRX semantics (every rule scanned over the text in order, the first that applies at a position decides).
/// </summary>
public sealed class CompiledSrxRulesTests
{
    public static TheoryData<string> Languages => ["en", "ja"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Breaks_equal_those_of_every_rule_scanned_in_order_on_the_shared_texts(string language)
    {
        var rules = SrxLoader.Default.RulesFor(language);
        var compiled = new CompiledSrxRules(rules, TimeSpan.FromSeconds(5));
        var breaks = 0;
        foreach (var paragraph in Paragraphs(language))
        {
            var expected = Reference(rules, paragraph);
            Assert.Equal(expected, compiled.FindBreaks(paragraph));
            breaks += expected.Count;
        }

        Assert.True(breaks > 1000, $"only {breaks} breaks in the shared texts");
    }

    [Theory]
    [InlineData("en", "Mr. Putin met Gen. Milley on Dec. 7. The U.S. said no. 1. Deter Russia. 2. Reassure allies. John F. Kennedy agreed! See No. 10.")]
    [InlineData("en", "He said \"Stop.\" Then (Mr. Smith) left... Why? Because. pp. 3-5 and et al. Here")]
    [InlineData("ja", "１．はじめに。円周率は３．１４である。「そうです。」と述べた。本当か？！■次へ。Really? はい!ok")]
    [InlineData("ja", "「抑止は機能するのか。」という問い。）】　次の文。")]
    public void Breaks_equal_those_of_every_rule_scanned_in_order_on_edge_cases(string language, string paragraph)
    {
        var rules = SrxLoader.Default.RulesFor(language);

        Assert.Equal(Reference(rules, paragraph), new CompiledSrxRules(rules, TimeSpan.FromSeconds(5)).FindBreaks(paragraph));
    }

    public static TheoryData<string, string, string> Shapes => new()
    {
        // Top-level alternation in beforebreak (it must stay one group), an empty side, a side that can match nothing.
        { "a|bb", "c|d", "abc bbd bbbc ac ad a|bbc" },
        { "", "[A-Z]", "one Two THREE four" },
        { "[.!?]", "", "Hi!! Yes?! No... ok." },
        { "x*", "y", "yxyxxyy xy" },
        { "", "", "abc" },
        // Anchors and word boundaries see the whole text, lookarounds inside a side look where they always do.
        { "^\\d+\\.", "\\s", "12. Twelve. 3. x" },
        { "\\b[A-Z]\\.", "(?<=\\.)\\s", "J. F. K. said A. B." },
        { "(?<!\\.)\\.", "\\s(?!\\d)", "1. a 2.. b. 3 c. d" },
        // Overlapping candidate breaks: every end of a run of terminators is tried.
        { "[.?!]+[\"')]*", "\\s*", "Wait!?!\" \"Go.\") Then...?" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Breaks_equal_those_of_every_rule_scanned_in_order_for_rules_of_every_shape(string before, string after, string text)
    {
        SrxRule[] alone = [new(true, before, after)];
        SrxRule[] withException = [new(false, "b", ""), new(true, before, after), new(true, "", "\\s")];

        Assert.Equal(Reference(alone, text), new CompiledSrxRules(alone, TimeSpan.FromSeconds(5)).FindBreaks(text));
        Assert.Equal(Reference(withException, text), new CompiledSrxRules(withException, TimeSpan.FromSeconds(5)).FindBreaks(text));
    }

    /// <summary>SRX semantics spelled out: every rule's positions, the first rule in order decides.</summary>
    private static List<int> Reference(IReadOnlyList<SrxRule> rules, string text)
    {
        var decided = new bool?[text.Length + 1];
        foreach (var rule in rules)
        {
            var positions = new Regex(CompiledSrxRules.PositionPattern(rule.BeforeBreak, rule.AfterBreak), RegexOptions.CultureInvariant);
            for (var match = positions.Match(text); match.Success; match = match.NextMatch())
            {
                decided[match.Index] ??= rule.IsBreak;
            }
        }

        return [.. Enumerable.Range(1, Math.Max(text.Length - 1, 0)).Where(position => decided[position] == true)];
    }

    /// <summary>Paragraphs of the corpus articles, and the nict-dev gold sentences run together ten at a time.</summary>
    private static IEnumerable<string> Paragraphs(string language)
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.InShared("corpus", "articles"), language + ".txt", SearchOption.AllDirectories))
        {
            foreach (var line in File.ReadAllLines(file).Where(line => line.Trim().Length > 0))
            {
                yield return line;
            }
        }

        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.InShared("bench", "align", "nict-dev"), language + ".sent", SearchOption.AllDirectories))
        {
            foreach (var chunk in File.ReadAllLines(file).Chunk(10))
            {
                yield return string.Join(language == "en" ? " " : string.Empty, chunk);
            }
        }
    }
}
