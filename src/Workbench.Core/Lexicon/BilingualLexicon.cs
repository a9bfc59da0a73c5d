namespace Workbench.Core.Lexicon;

/// <summary>An in-memory <see cref="ILexicon"/>.</summary>
public sealed class BilingualLexicon(IReadOnlyList<LexiconEntry> entries) : ILexicon
{
    public IReadOnlyList<LexiconEntry> Entries { get; } = entries;
}
