using System.CommandLine;
using Workbench.Core.Alignment;
using Workbench.Core.Lexicon;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench lexicon compile --out FILE [--brotli] [--aligner-index FILE] INPUT...</c>: the generator of the bundled
/// JMdict binaries and of the aligner's precomputed index of the common one (see
/// src/Workbench.Core/Lexicon/ATTRIBUTION.md), also usable for a user's own lexicon, which <c>--lexicon FILE.wbdic</c>
/// then loads without parsing text.
/// </summary>
internal static class LexiconCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var output = new Option<string>("--out", "-o") { Description = "The compiled dictionary to write (.wbdic, or .wbdic.br with --brotli)", Required = true };
        var brotli = new Option<bool>("--brotli") { Description = "Brotli-compress the output" };
        var alignerIndex = new Option<string?>("--aligner-index") { Description = "Also write the aligner's precomputed index of the compiled dictionary (.wbidx; the bundled common JMdict ships one)" };
        var inputs = new Argument<string[]>("INPUT") { Description = "JMdict TSV, EDICT2 or hunalign files (.gz allowed), read in order", Arity = ArgumentArity.OneOrMore };
        var compile = new Command("compile", "Compile JMdict text into the binary dictionary Workbench loads in milliseconds") { output, brotli, alignerIndex, inputs };
        contexts.SetAction(compile, (parsed, context) =>
        {
            var path = parsed.GetValue(output)!;
            JmdictCompiler.Compile(parsed.GetValue(inputs)!, path, parsed.GetValue(brotli));
            var dictionary = JmdictDictionary.Load(path);
            context.Out.WriteLine($"{path}: {dictionary.EntryCount} entries, {new FileInfo(path).Length} bytes");
            if (parsed.GetValue(alignerIndex) is { } indexPath)
            {
                AlignerLexiconIndex.Write(dictionary, indexPath);
                context.Out.WriteLine($"{indexPath}: aligner index, {new FileInfo(indexPath).Length} bytes");
            }

            return 0;
        });
        return new Command("lexicon", "Bilingual dictionaries: compile JMdict for fast loading") { compile };
    }
}
