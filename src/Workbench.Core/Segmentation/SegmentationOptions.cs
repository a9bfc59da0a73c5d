using Workbench.Core.Documents;
using Workbench.Core.Text;

namespace Workbench.Core.Segmentation;

/// <summary>Everything <see cref="DocumentSegmenter"/> can be tuned with besides its SRX rules.</summary>
/// <param name="Input">Limits for reading source files.</param>
/// <param name="Html">Which HTML elements are prose.</param>
/// <param name="EnglishBrackets">Bracket post-pass for English (off: English quotes split like plain text).</param>
/// <param name="JapaneseBrackets">Bracket post-pass for Japanese (「…。…」と述べた。 is one sentence).</param>
/// <param name="RuleTimeout">Longest a single SRX rule may take on one paragraph (guards against user rules that
/// backtrack catastrophically).</param>
public sealed record SegmentationOptions(
    SourceTextOptions Input,
    HtmlReaderOptions Html,
    BracketBalanceOptions EnglishBrackets,
    BracketBalanceOptions JapaneseBrackets,
    TimeSpan RuleTimeout)
{
    public static SegmentationOptions Default { get; } = new(
        SourceTextOptions.Default,
        HtmlReaderOptions.Default,
        BracketBalanceOptions.Disabled,
        BracketBalanceOptions.Japanese,
        TimeSpan.FromSeconds(2));

    public BracketBalanceOptions BracketsFor(Language language) =>
        language == Language.English ? EnglishBrackets : JapaneseBrackets;
}
