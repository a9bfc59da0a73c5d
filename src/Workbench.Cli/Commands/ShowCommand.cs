using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Core.Text.Japanese;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench show --doc NAME [--format text|json]</c>: the aligned pairs of one document.</summary>
internal static class ShowCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var document = new Option<string>("--doc") { Description = "Document name", Required = true };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("show", "Show the aligned pairs of a document") { document, format };
        contexts.SetAction(command, (parsed, context) =>
        {
            var name = parsed.GetValue(document)!;
            using var memory = context.OpenMemoryReadOnly();
            var summary = memory.FindDocument(name)
                ?? throw new WorkbenchInputException($"no document named '{name}' in {context.DatabasePath}");

            var pairs = memory.StreamPairs(new PairQuery([name], [], IncludeNullBeads: true));
            if (parsed.GetValue(format) == "json")
            {
                context.Out.WriteLine(JsonSerializer.Serialize(pairs.Select(ToJson), SearchOutput.Json.IEnumerableShownPairJson));
            }
            else
            {
                DocumentHeader.Write(context.Out, summary);
                foreach (var pair in pairs)
                {
                    WriteText(context.Out, pair);
                }
            }

            return 0;
        });
        return command;
    }

    private static void WriteText(TextWriter output, AlignedPair pair)
    {
        var bead = pair.Link.Bead;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{bead.ToLinkNotation()}  {bead.Confidence:0.00}  {pair.Link.Status.ToString().ToLowerInvariant()}"));
        output.WriteLine($"  en: {(pair.English.Count == 0 ? "—" : DisplayText.OneLine(pair.EnglishText))}");
        output.WriteLine($"  ja: {(pair.Japanese.Count == 0 ? "—" : DisplayText.OneLine(pair.JapaneseText))}");
    }

    private static ShownPairJson ToJson(AlignedPair pair) => new(
        pair.English.Select(s => s.Index).ToList(),
        pair.Japanese.Select(s => s.Index).ToList(),
        pair.Link.Bead.Confidence,
        pair.Link.Status.ToString().ToLowerInvariant(),
        pair.EnglishText,
        pair.JapaneseText);

    internal sealed record ShownPairJson(
        IReadOnlyList<int> En, IReadOnlyList<int> Ja, double Confidence, string Status, string English, string Japanese);
}
