using System.CommandLine;
using Workbench.Core.Terminology;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench glossary import FILE|FOLDER</c>: replaces the stored glossary (used by check without --glossary).</summary>
internal static class GlossaryCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var path = new Argument<string>("FILE") { Description = "A TSV (.txt/.tsv/.utf8), TBX or CSV glossary, or a folder of them" };
        var import = new Command("import", "Replace the stored glossary with a glossary file or folder") { path };
        contexts.SetAction(import, (parsed, context) =>
        {
            var entries = GlossaryLoader.Load(parsed.GetValue(path)!);
            using var memory = context.OpenMemory();
            memory.ReplaceGlossary(entries);
            context.Out.WriteLine($"imported {entries.Count} glossary entries into {context.DatabasePath}");
            return 0;
        });
        return new Command("glossary", "Manage the stored glossary") { import };
    }
}
