namespace Workbench.Core.Segmentation;

/// <summary>
/// The bracket post-pass: a balanced bracket pair whose closing bracket does not end a sentence (「…。…」と述べた。)
/// keeps its inner sentence ends from splitting. Unbalanced brackets never block a split.
/// </summary>
/// <param name="Enabled">Whether the post-pass runs.</param>
/// <param name="Pairs">Two-character strings: opening then closing bracket.</param>
/// <param name="SentenceTail">Characters that may stand between a closing bracket and the break ending its sentence
/// (terminators, further closing brackets, end marks); whitespace is always allowed.</param>
public sealed record BracketBalanceOptions(bool Enabled, IReadOnlyList<string> Pairs, string SentenceTail)
{
    public static BracketBalanceOptions Disabled { get; } = new(false, [], string.Empty);

    public static BracketBalanceOptions Japanese { get; } = new(true, ["「」", "『』", "（）", "【】"], "。．｡！？!?」』）)】〕］”’■□◆");
}
