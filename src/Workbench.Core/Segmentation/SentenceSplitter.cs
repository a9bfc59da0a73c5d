using Workbench.Core.Documents;
using Workbench.Core.Segmentation.Srx;
using Workbench.Core.Text;

namespace Workbench.Core.Segmentation;

/// <summary>Splits one paragraph into sentences: the SRX rules find candidate breaks, the bracket post-pass removes
/// those inside quotations that do not end a sentence.</summary>
public sealed class SentenceSplitter
{
    private readonly CompiledSrxRules rules;
    private readonly BracketBalanceOptions brackets;

    public SentenceSplitter(IReadOnlyList<SrxRule> rules, BracketBalanceOptions brackets, TimeSpan ruleTimeout)
    {
        ArgumentNullException.ThrowIfNull(rules);
        this.rules = new CompiledSrxRules(rules, ruleTimeout);
        this.brackets = brackets;
    }

    /// <exception cref="WorkbenchInputException">The SRX document has no rules for the language.</exception>
    public static SentenceSplitter Create(SrxDocument document, Language language, SegmentationOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var rules = document.RulesFor(language.ToCode());
        if (rules.Count == 0)
        {
            throw new WorkbenchInputException($"{document.Source}: no languagemap matches language '{language.ToCode()}'");
        }

        return new SentenceSplitter(rules, options.BracketsFor(language), options.RuleTimeout);
    }

    /// <summary>The sentences of <paramref name="paragraph"/> as ranges, trimmed of surrounding whitespace; ranges
    /// that would hold only whitespace and invisible format characters (zero-width spaces, soft hyphens, byte-order
    /// marks, direction marks) are left out: a line of them on a web page is not a sentence to translate or align.</summary>
    /// <exception cref="System.Text.RegularExpressions.RegexMatchTimeoutException">A rule ran too long.</exception>
    public IReadOnlyList<Range> Split(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var breaks = BracketBalancer.Apply(paragraph, rules.FindBreaks(paragraph), brackets);
        var sentences = new List<Range>(breaks.Count + 1);
        var start = 0;
        for (var next = 0; next <= breaks.Count; next++)
        {
            var end = next < breaks.Count ? breaks[next] : paragraph.Length;
            var trimmedStart = start;
            var trimmedEnd = end;
            while (trimmedStart < trimmedEnd && char.IsWhiteSpace(paragraph[trimmedStart]))
            {
                trimmedStart++;
            }

            while (trimmedEnd > trimmedStart && char.IsWhiteSpace(paragraph[trimmedEnd - 1]))
            {
                trimmedEnd--;
            }

            if (VisibleText.HasVisibleCharacter(paragraph.AsSpan(trimmedStart..trimmedEnd)))
            {
                sentences.Add(trimmedStart..trimmedEnd);
            }

            start = end;
        }

        return sentences;
    }
}
