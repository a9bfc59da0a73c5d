namespace Workbench.Core.Formats.Tmx;

/// <summary>One <c>&lt;tuv&gt;</c>: the text of a unit in one language.</summary>
/// <param name="Language">The <c>xml:lang</c> (TMX 1.4) or <c>lang</c> (TMX 1.1) value as written.</param>
/// <param name="Text">The segment's text, inline markup flattened or kept as placeholders, NFC-normalised, trimmed.</param>
public sealed record TmxVariant(
    string Language,
    string Text,
    IReadOnlyList<TmxProperty> Properties,
    IReadOnlyList<string> Notes);
