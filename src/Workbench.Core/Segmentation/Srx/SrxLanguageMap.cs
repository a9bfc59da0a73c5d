namespace Workbench.Core.Segmentation.Srx;

/// <summary>Maps language codes matching <paramref name="LanguagePattern"/> to a language rule (SRX <c>&lt;languagemap&gt;</c>).</summary>
/// <param name="LanguagePattern">.NET regular expression that must match the whole language code, ignoring case.</param>
public sealed record SrxLanguageMap(string LanguagePattern, string LanguageRuleName);
