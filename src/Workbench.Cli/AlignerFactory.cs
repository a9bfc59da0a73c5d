using Workbench.Core.Alignment;
using Workbench.Core.Terminology;
using Workbench.Core.Text;

namespace Workbench.Cli;

/// <summary>Builds the aligner the commands use, with the lexicon the user named and the glossary in force.</summary>
internal static class AlignerFactory
{
    /// <summary>Glossary terms are bilingual evidence too: a pair that shares one is more likely a true pair.</summary>
    public static SentenceAligner Create(string? lexiconPath, IReadOnlyList<GlossaryEntry> glossary) =>
        new(AlignerOptions.Default, lexiconPath is { Length: > 0 } ? JmdictLexiconLoader.Load(lexiconPath) : null, glossary);

    /// <summary>A pre-segmented file: every line is one segment, decoded and normalised like any source file.</summary>
    public static IReadOnlyList<string> ReadPresegmented(string path)
    {
        var lines = SourceTextReader.Default.Read(path).Text.Split('\n');
        return lines.Length > 0 && lines[^1].Length == 0 ? lines[..^1] : lines;
    }
}
