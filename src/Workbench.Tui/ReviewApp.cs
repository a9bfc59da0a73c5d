using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Review;
using Workbench.Core.Storage;

namespace Workbench.Tui;

/// <summary>The interactive review: the document picker when no document was named, then the review screen.</summary>
public static class ReviewApp
{
    /// <summary>Runs on the real terminal until the reviewer quits. Every edit is stored as it is made.
    /// <paramref name="reviewCommand"/> gives the command line that reviews a named document of this memory.</summary>
    public static void Run(
        ITranslationMemory memory,
        IAligner aligner,
        DocumentSummary? document,
        ITermIssueSource? termIssues,
        ITermClusterSource? termClusters,
        ReviewOptions options,
        Func<string, string>? reviewCommand = null)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(options);
        using var app = Start();
        if (document is null)
        {
            using var picker = new PickerWindow(app, new DocumentPicker(PickerRow.Load(memory)));
            app.Run(picker);
            if (picker.Picker.Chosen is not { } chosen)
            {
                return;
            }

            document = chosen;
        }

        var session = new ReviewSession(memory, aligner, document, options, TimeProvider.System);
        using var window = new ReviewWindow(app, session, termIssues, termClusters, reviewCommand);
        app.Run(window);
    }

    /// <summary>An application on the ANSI driver. Esc, the toolkit's quit key, never reaches its binding: the
    /// windows' key handlers see every key first and consume it, so Esc cancels instead of quitting.</summary>
    public static IApplication Start()
    {
        TerminalGuiConfiguration.EnsureApplied();
        var app = Application.Create();
        app.Init(DriverRegistry.Names.ANSI);
        return app;
    }
}
