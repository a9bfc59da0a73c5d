using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Storage;

namespace Workbench.Tui;

/// <summary>The interactive review: the document picker when no document was named, then the review loop.</summary>
public static class ReviewApp
{
    /// <summary>Runs on the real terminal until the reviewer quits. Every edit is stored as it is made.</summary>
    public static void Run(
        ITranslationMemory memory,
        IAligner aligner,
        DocumentSummary? document,
        ITermIssueSource? termIssues,
        ReviewOptions options)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(options);
        using var terminal = new TerminalScreen(options.KeyPollInterval);
        if (document is null)
        {
            var picker = new DocumentPicker(memory.ListDocuments());
            while (picker.Chosen is null && !picker.QuitRequested)
            {
                picker.HandleKey(terminal.NextKey((width, height) => PickerScreen.Render(picker, width, height)));
            }

            if (picker.Chosen is null)
            {
                return;
            }

            document = picker.Chosen;
        }

        var session = new ReviewSession(memory, aligner, document, options, TimeProvider.System);
        var screen = new ReviewScreen(termIssues);
        while (!session.QuitRequested)
        {
            session.HandleKey(terminal.NextKey((width, height) => screen.Render(session, width, height)));
        }
    }
}
