using Workbench.Core.Alignment.Evidence;
using Workbench.Core.Lexicon;

namespace Workbench.Core.Alignment;

/// <summary>
/// The generator of the aligner's precomputed index of a compiled dictionary (the bundled
/// <c>Lexicon/jmdict_common.wbidx</c>; <c>workbench lexicon compile --aligner-index</c>, commands in
/// Lexicon/ATTRIBUTION.md): the aligner's stems and Japanese form table, so aligning with the bundled JMdict neither
/// reads the dictionary nor stems its glosses. The output is byte-identical from run to run.
/// </summary>
public static class AlignerLexiconIndex
{
    /// <summary>Writes the index of <paramref name="dictionary"/> to <paramref name="path"/>.</summary>
    public static void Write(JmdictDictionary dictionary, string path)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.Create(path);
        LexiconIndex.Precompute(dictionary).Write(file);
    }
}
