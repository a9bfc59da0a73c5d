using Workbench.Core.Documents;
using Workbench.Core.Segmentation.Srx;
using Workbench.Core.Text;

namespace Workbench.Core.Segmentation;

/// <summary>Splits one paragraph into sentences: the SRX rules find candidate breaks, the bracket post-pass removes
/// those inside quotations that do not end a sentence.</summary>
public sealed class SentenceSplitter
{
    private const char FirstFullWidthAscii = '\uFF01';
    private const char LastFullWidthAscii = '\uFF5E';
    private const char IdeographicSpace = '\u3000';

    private readonly CompiledSrxRules rules;
    private readonly BracketBalanceOptions brackets;
    private readonly bool rulesReadFullWidthAsAscii;

    /// <param name="rulesReadFullWidthAsAscii">English rules are written for ASCII; English pasted from a Japanese
    /// document comes in full-width forms (Ｔｈｅ ｃａｔ ｓａｔ．), which the rules then read as ASCII (a character for a
    /// character, so positions stay). Japanese rules name the full-width marks themselves and read the text as it is.</param>
    public SentenceSplitter(IReadOnlyList<SrxRule> rules, BracketBalanceOptions brackets, TimeSpan ruleTimeout, bool rulesReadFullWidthAsAscii)
    {
        ArgumentNullException.ThrowIfNull(rules);
        this.rules = new CompiledSrxRules(rules, ruleTimeout);
        this.brackets = brackets;
        this.rulesReadFullWidthAsAscii = rulesReadFullWidthAsAscii;
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

        return new SentenceSplitter(rules, options.BracketsFor(language), options.RuleTimeout, rulesReadFullWidthAsAscii: language == Language.English);
    }

    /// <summary>The sentences of <paramref name="paragraph"/> as ranges, trimmed of surrounding whitespace and invisible
    /// format characters (zero-width spaces, soft hyphens, byte-order marks, direction marks: <see cref="VisibleText"/>);
    /// ranges that would hold nothing else are left out: a line of them on a web page is not a sentence to translate or
    /// align. The rules do not see format characters either, so "sat.&#x200B; The" breaks as "sat. The" does.</summary>
    /// <exception cref="System.Text.RegularExpressions.RegexMatchTimeoutException">A rule ran too long.</exception>
    public IReadOnlyList<Range> Split(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var breaks = FindBreaks(paragraph);
        var sentences = new List<Range>(breaks.Count + 1);
        var start = 0;
        for (var next = 0; next <= breaks.Count; next++)
        {
            var end = next < breaks.Count ? breaks[next] : paragraph.Length;
            var trimmedStart = start;
            var trimmedEnd = end;
            while (trimmedStart < trimmedEnd && IsBlank(paragraph[trimmedStart]))
            {
                trimmedStart++;
            }

            while (trimmedEnd > trimmedStart && IsBlank(paragraph[trimmedEnd - 1]))
            {
                trimmedEnd--;
            }

            if (trimmedStart < trimmedEnd)
            {
                sentences.Add(trimmedStart..trimmedEnd);
            }

            start = end;
        }

        return sentences;
    }

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || VisibleText.IsFormatCharacter(c);

    // The breaks the rules and the bracket pass find in the text they read — the paragraph without its format
    // characters, full-width forms as ASCII where the rules are English — as positions in the paragraph itself.
    private IReadOnlyList<int> FindBreaks(string paragraph)
    {
        if (!NeedsRuleText(paragraph))
        {
            return BracketBalancer.Apply(paragraph, rules.FindBreaks(paragraph), brackets);
        }

        var ruleText = new char[paragraph.Length];
        var positions = new int[paragraph.Length + 1];
        var length = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (VisibleText.IsFormatCharacter(c))
            {
                continue;
            }

            positions[length] = i;
            ruleText[length++] = rulesReadFullWidthAsAscii && IsFullWidthAscii(c) ? FoldWidth(c) : c;
        }

        positions[length] = paragraph.Length;
        var text = new string(ruleText, 0, length);
        return [.. BracketBalancer.Apply(text, rules.FindBreaks(text), brackets).Select(b => positions[b])];
    }

    private bool NeedsRuleText(string paragraph) =>
        VisibleText.HasFormatCharacter(paragraph)
        || (rulesReadFullWidthAsAscii
            && (paragraph.AsSpan().IndexOfAnyInRange(FirstFullWidthAscii, LastFullWidthAscii) >= 0 || paragraph.Contains(IdeographicSpace, StringComparison.Ordinal)));

    private static bool IsFullWidthAscii(char c) => c is >= FirstFullWidthAscii and <= LastFullWidthAscii or IdeographicSpace;

    private static char FoldWidth(char c) => c == IdeographicSpace ? ' ' : (char)(c - (FirstFullWidthAscii - '!'));
}
