using Workbench.Core.Alignment;
using Workbench.Core.Lexicon;
using Workbench.Core.Terminology;
using Workbench.Core.Text;

namespace Workbench.Cli;

/// <summary>Builds the aligner the commands use, with the lexicon the user named and the glossary in force.</summary>
internal static class AlignerFactory
{
    /// <summary>What <c>--lexicon</c> says to align without any dictionary.</summary>
    public const string NoLexicon = "none";

    public const string LexiconOptionDescription =
        "Bilingual lexicon for the aligner: a JMdict TSV, EDICT2 or hunalign file or folder; default the bundled JMdict common entries; 'none' for no dictionary";

    /// <summary>
    /// The aligner with the user's lexicon, the bundled JMdict one when none is named, or none at all for
    /// <see cref="NoLexicon"/>. Glossary terms are bilingual evidence too: a pair that shares one is more likely a true pair.
    /// </summary>
    public static SentenceAligner Create(string? lexiconPath, IReadOnlyList<GlossaryEntry> glossary)
    {
        var lexicon = lexiconPath switch
        {
            null or "" => JmdictLexiconLoader.Bundled,
            NoLexicon => null,
            _ => JmdictLexiconLoader.Load(lexiconPath),
        };
        return new SentenceAligner(AlignerOptions.Default, lexicon, glossary);
    }

    /// <summary>A pre-segmented file: every line is one segment, decoded and normalised like any source file.</summary>
    public static IReadOnlyList<string> ReadPresegmented(string path) => SourceTextReader.Default.ReadLines(path);
}
