namespace Workbench.Core.Lexicon;

/// <summary>
/// <see cref="JmdictDictionary.AsLexicon"/>: the dictionary's aligner entries, materialised only when a caller reads
/// <see cref="Entries"/>; the aligner's index reads <see cref="Dictionary"/> by string id instead.
/// </summary>
internal sealed class JmdictLexicon(JmdictDictionary dictionary) : ILexicon
{
    private readonly Lazy<BilingualLexicon> entries = new(dictionary.BuildLexicon);

    public JmdictDictionary Dictionary { get; } = dictionary;

    public IReadOnlyList<LexiconEntry> Entries => entries.Value.Entries;
}
