using Workbench.Core.Alignment;

namespace Workbench.Cli;

/// <summary>Builds the aligner the alignment commands use, with the lexicon the user named.</summary>
internal static class AlignerFactory
{
    public static SentenceAligner Create(string? lexiconPath) =>
        lexiconPath is { Length: > 0 }
            ? new SentenceAligner(AlignerOptions.Default, JmdictLexiconLoader.Load(lexiconPath))
            : new SentenceAligner();

    /// <summary>Every line of the file is one segment.</summary>
    public static IReadOnlyList<string> ReadLines(string path) =>
        File.Exists(path)
            ? File.ReadAllLines(path)
            : throw new Core.Documents.WorkbenchInputException($"{path}: file not found");
}
