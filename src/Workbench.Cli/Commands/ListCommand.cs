using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench list</c>: the stored documents with their counts and review progress.</summary>
internal static class ListCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var command = new Command("list", "List stored documents with segment and link counts and review progress");
        contexts.SetAction(command, (_, context) =>
        {
            using var memory = context.OpenMemoryReadOnly();
            var documents = memory.ListDocuments();
            if (documents.Count == 0)
            {
                context.Out.WriteLine($"no documents in {context.DatabasePath}");
                return 0;
            }

            var table = new Table().Border(TableBorder.Simple)
                .AddColumn("document")
                .AddColumn(new TableColumn("en").RightAligned())
                .AddColumn(new TableColumn("ja").RightAligned())
                .AddColumn(new TableColumn("links").RightAligned())
                .AddColumn(new TableColumn("confirmed").RightAligned())
                .AddColumn(new TableColumn("rejected").RightAligned())
                .AddColumn(new TableColumn("low conf.").RightAligned())
                .AddColumn(new TableColumn("reviewed").RightAligned());
            foreach (var document in documents)
            {
                table.AddRow(
                    Markup.Escape(document.Name),
                    Count(document.EnglishSegments),
                    Count(document.JapaneseSegments),
                    Count(document.Links),
                    Count(document.ConfirmedLinks),
                    Count(document.RejectedLinks),
                    Count(document.LowConfidenceLinks),
                    document.ReviewedShare.ToString("P0", CultureInfo.InvariantCulture));
            }

            PlainConsole.For(context.Out).Write(table);
            return 0;
        });
        return command;
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
