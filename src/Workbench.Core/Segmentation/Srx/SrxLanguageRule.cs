namespace Workbench.Core.Segmentation.Srx;

/// <summary>A named, ordered list of rules (SRX <c>&lt;languagerule&gt;</c>).</summary>
public sealed record SrxLanguageRule(string Name, IReadOnlyList<SrxRule> Rules);
