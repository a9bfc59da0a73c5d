namespace Workbench.Core.Lexicon;

/// <summary>A bilingual English–Japanese word list the aligner uses as evidence.</summary>
public interface ILexicon
{
    IReadOnlyList<LexiconEntry> Entries { get; }
}
