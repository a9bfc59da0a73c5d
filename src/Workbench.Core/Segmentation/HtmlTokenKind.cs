namespace Workbench.Core.Segmentation;

/// <summary>The kinds of token <see cref="HtmlTokenizer"/> produces; comments and declarations are skipped.</summary>
internal enum HtmlTokenKind
{
    Text,
    StartTag,
    EndTag,
}
