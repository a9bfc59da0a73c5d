using System.CommandLine;
using Workbench.Core;
using Workbench.Core.Alignment;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench eval --gold DIR...</c>: aligns each gold folder's <c>en.sent</c>/<c>ja.sent</c> and scores the result
/// against its <c>links</c>, with the definitions of <c>tools/align_score.py</c>, pooled over all folders.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "Folders holding en.sent, ja.sent and links",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var lexicon = new Option<string?>("--lexicon") { Description = AlignerFactory.LexiconOptionDescription };
        var perDocument = new Option<bool>("--per-document") { Description = "Also print each folder's score" };
        var command = new Command("eval", "Score the aligner against gold alignments (strict and lax P/R/F1)") { gold, lexicon, perDocument };
        contexts.SetAction(command, (parsed, context) =>
        {
            var folders = parsed.GetValue(gold)!;
            var aligner = AlignerFactory.Create(parsed.GetValue(lexicon), []);
            var documents = new List<(IReadOnlyList<Bead> Gold, IReadOnlyList<Bead> Predicted)>();
            foreach (var folder in folders)
            {
                // A shell glob such as gold/* also matches the set's README: files are not gold folders, skip them.
                if (File.Exists(folder))
                {
                    context.Error.WriteLine($"workbench: skipping {folder}: a file, not a gold folder");
                    continue;
                }

                if (!Directory.Exists(folder))
                {
                    throw new WorkbenchInputException($"{folder}: gold folder not found");
                }

                var english = AlignerFactory.ReadPresegmented(Path.Combine(folder, "en.sent"));
                var japanese = AlignerFactory.ReadPresegmented(Path.Combine(folder, "ja.sent"));
                var document = (AlignmentLinks.Read(Path.Combine(folder, "links")), aligner.Align(english, japanese));
                documents.Add(document);
                if (parsed.GetValue(perDocument))
                {
                    context.Out.WriteLine($"{Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))}\t{AlignmentScorer.Score([document])}");
                }
            }

            if (documents.Count == 0)
            {
                throw new WorkbenchInputException("no gold folders among the --gold paths");
            }

            context.Out.WriteLine($"{AlignmentScorer.Score(documents)} ({documents.Count} documents)");
            return 0;
        });
        return command;
    }
}
