namespace Workbench.Core.Lexicon;

/// <summary>A lexicon read only when its entries are first needed, so commands that never align pay nothing for it.</summary>
internal sealed class DeferredLexicon(Func<ILexicon> load) : ILexicon
{
    private readonly Lazy<ILexicon> lexicon = new(load);

    public IReadOnlyList<LexiconEntry> Entries => lexicon.Value.Entries;

    /// <summary>The lexicon itself, loaded now.</summary>
    public ILexicon Loaded => lexicon.Value;
}
