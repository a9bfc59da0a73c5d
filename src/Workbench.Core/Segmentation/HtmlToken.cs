namespace Workbench.Core.Segmentation;

/// <summary>One token of an HTML document.</summary>
/// <param name="Value">Raw text for <see cref="HtmlTokenKind.Text"/>, else the lower-case tag name.</param>
/// <param name="Line">1-based line where the token starts.</param>
internal readonly record struct HtmlToken(HtmlTokenKind Kind, string Value, int Line, bool SelfClosing = false);
