namespace Workbench.Core.Segmentation.Srx;

/// <summary>One SRX rule: at a position where <paramref name="BeforeBreak"/> matches the text before and
/// <paramref name="AfterBreak"/> the text after, break (or, for an exception rule, do not break).</summary>
/// <param name="IsBreak">True for a break rule, false for a no-break (exception) rule.</param>
/// <param name="BeforeBreak">.NET regular expression (already translated from the SRX file's Java syntax); may be empty.</param>
/// <param name="AfterBreak">.NET regular expression; may be empty.</param>
public sealed record SrxRule(bool IsBreak, string BeforeBreak, string AfterBreak);
