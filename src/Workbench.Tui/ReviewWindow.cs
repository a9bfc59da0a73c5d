using System.Collections.ObjectModel;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using Workbench.Core.Documents;
using Workbench.Core.Review;
using Workbench.Core.Terminology;
using Workbench.Core.Text.Japanese;

namespace Workbench.Tui;

/// <summary>
/// The review screen on Terminal.Gui: the bead canvas, the search field, the edit and glossary forms and the terms
/// panel. Every key goes through <see cref="KeyMap"/> for the current <see cref="ScreenMode"/>; keys the map does not
/// know reach the focused text field or list, and nowhere else.
/// </summary>
public sealed class ReviewWindow : Runnable
{
    private const int FormHeight = 6;

    /// <summary>Hits a memory search lists at most: a screenful many times over, and a bounded cost per search.</summary>
    private const int MemorySearchLimit = 200;

    private readonly IApplication app;
    private readonly ReviewSession session;
    private readonly ReviewScreen screen;
    private readonly ITermClusterSource? termClusters;
    private readonly FrameCanvas canvas;
    private readonly TextField searchField;
    private readonly FrameView form;
    private readonly Label firstLabel = new() { X = 1, Y = 0 };
    private readonly TextField firstField = new() { X = 1, Y = 1, Width = Dim.Fill(1) };
    private readonly Label secondLabel = new() { X = 1, Y = 2 };
    private readonly TextField secondField = new() { X = 1, Y = 3, Width = Dim.Fill(1) };
    private readonly FrameView termsPanel;
    private readonly ListView termsList;
    private readonly FrameView concordancePanel;
    private readonly FrameCanvas concordanceCanvas;
    private readonly Func<string, string>? reviewCommand;
    private ConcordanceList? concordance;
    private bool searchWholeMemory;
    private List<TermsPanelRow> termsRows = [];
    private FormKind formKind;
    private List<(Language Side, int Index)> editTargets = [];
    private int editTarget;
    private int helpScroll;

    /// <param name="app">The application the window runs in.</param>
    /// <param name="session">The review.</param>
    /// <param name="termIssues">The findings shown under the current pair, if any.</param>
    /// <param name="termClusters">What the terms panel lists, if any.</param>
    /// <param name="reviewCommand">The command line that reviews a named document of this memory, shown under a
    /// selected concordance hit of another document; without it only the document is named.</param>
    public ReviewWindow(
        IApplication app,
        ReviewSession session,
        ITermIssueSource? termIssues,
        ITermClusterSource? termClusters,
        Func<string, string>? reviewCommand = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(session);
        this.app = app;
        this.session = session;
        this.termClusters = termClusters;
        this.reviewCommand = reviewCommand;
        screen = new ReviewScreen(termIssues);
        Width = Dim.Fill();
        Height = Dim.Fill();
        canvas = new FrameCanvas((width, height) => screen.Render(session, Mode, width, height, helpScroll))
        {
            X = 0,
            Y = 0,
            Width = Dim.Fill(),
            Height = Dim.Fill(),
        };
        canvas.RowClicked += OnRowClicked;
        canvas.Wheeled += step => Run(step > 0 ? UiCommand.MoveDown : UiCommand.MoveUp);
        searchField = new TextField { X = 2, Y = Pos.AnchorEnd(2), Width = Dim.Fill(1), Visible = false };
        form = new FrameView { X = 0, Y = Pos.AnchorEnd(FormHeight), Width = Dim.Fill(), Height = FormHeight, Visible = false };
        form.Add(firstLabel, firstField, secondLabel, secondField);
        termsList = new ListView { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), KeystrokeNavigator = null };
        termsList.ValueChanged += (_, _) => JumpToTerm(close: false);
        termsList.MouseEvent += OnTermsClicked;
        termsPanel = new FrameView { Title = "Terms: inconsistent renderings (Enter jumps, Esc closes)", X = 0, Y = Pos.Percent(50), Width = Dim.Fill(), Height = Dim.Fill(), Visible = false };
        termsPanel.Add(termsList);
        concordanceCanvas = new FrameCanvas((width, height) => concordance?.Render(width, height) ?? ReviewScreen.TooSmall(width, height))
        {
            X = 0,
            Y = 0,
            Width = Dim.Fill(),
            Height = Dim.Fill(),
        };
        concordanceCanvas.RowClicked += OnHitClicked;
        concordanceCanvas.Wheeled += step => Run(step > 0 ? UiCommand.ConcordanceNext : UiCommand.ConcordancePrevious);
        concordancePanel = new FrameView { X = 0, Y = Pos.Percent(50), Width = Dim.Fill(), Height = Dim.Fill(), Visible = false };
        concordancePanel.Add(concordanceCanvas);
        Add(canvas, searchField, form, termsPanel, concordancePanel);
        app.Keyboard.KeyDown += OnKeyDown;
    }

    private enum FormKind
    {
        SegmentText,
        Glossary,
    }

    public ScreenMode Mode { get; private set; }

    public ReviewSession Session => session;

    /// <summary>The query being typed while <see cref="Mode"/> is <see cref="ScreenMode.Search"/>.</summary>
    public string SearchText => searchField.Text ?? string.Empty;

    /// <summary>Whether the reviewer asked to quit.</summary>
    public bool QuitRequested { get; private set; }

    /// <summary>The frame drawn last (for tests and benchmarks).</summary>
    public ScreenFrame? LastFrame => canvas.LastFrame;

    /// <summary>The concordance panel's frame drawn last, while it is open (for tests).</summary>
    public ScreenFrame? ConcordanceFrame => Mode == ScreenMode.Concordance ? concordanceCanvas.LastFrame : null;

    /// <summary>The concordance panel's title, while it is open.</summary>
    public string? ConcordanceTitle => Mode == ScreenMode.Concordance ? concordancePanel.Title : null;

    /// <summary>Runs <paramref name="command"/> as its key would.</summary>
    public void Run(UiCommand command)
    {
        switch (Mode)
        {
            case ScreenMode.Help:
                RunHelp(command);
                break;
            case ScreenMode.Search:
                RunSearch(command);
                break;
            case ScreenMode.Form:
                RunForm(command);
                break;
            case ScreenMode.Terms:
                RunTerms(command);
                break;
            case ScreenMode.Concordance:
                RunConcordance(command);
                break;
            default:
                RunReview(command);
                break;
        }

        canvas.SetNeedsDraw();
        concordanceCanvas.SetNeedsDraw();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            app.Keyboard.KeyDown -= OnKeyDown;
        }

        base.Dispose(disposing);
    }

    private void OnKeyDown(object? sender, Key key)
    {
        if (key.Handled || Mode == ScreenMode.Picker)
        {
            return;
        }

        var command = KeyMap.Find(Mode, key);
        if (command is null && Mode == ScreenMode.Help)
        {
            command = UiCommand.HelpClose;
        }

        if (command is null && Mode == ScreenMode.Concordance && KeyMap.Find(ScreenMode.Normal, key) is { } reviewKey)
        {
            // The panel is a transient list: a review key closes it and does what it does on the review screen.
            CloseConcordance();
            command = reviewKey;
        }

        if (command is { } found)
        {
            Run(found);
            key.Handled = true;
            return;
        }

        // Unmapped keys type into the search field or a form, or move in the terms list; elsewhere they do nothing
        // (in particular Esc does not quit and Tab does not move the focus).
        key.Handled = Mode is ScreenMode.Normal or ScreenMode.Split;
    }

    private void RunReview(UiCommand command)
    {
        switch (command)
        {
            case UiCommand.Quit:
                QuitRequested = true;
                app.RequestStop();
                return;
            case UiCommand.Help:
                Mode = ScreenMode.Help;
                helpScroll = 0;
                return;
            case UiCommand.Search:
                OpenSearch(wholeMemory: false);
                return;
            case UiCommand.MemorySearch:
                OpenSearch(wholeMemory: true);
                return;
            case UiCommand.EditText:
                OpenTextForm();
                return;
            case UiCommand.AddToGlossary:
                OpenGlossaryForm();
                return;
            case UiCommand.Terms:
                OpenTerms();
                return;
        }

        if (ToSessionCommand(command) is { } reviewCommand)
        {
            session.Execute(reviewCommand);
        }

        Mode = session.Split is null ? ScreenMode.Normal : ScreenMode.Split;
    }

    private void RunHelp(UiCommand command)
    {
        var page = Math.Max(1, canvas.Viewport.Height - 2);
        switch (command)
        {
            case UiCommand.HelpScrollDown:
                helpScroll = Math.Min(helpScroll + page / 2, Math.Max(0, ReviewScreen.HelpLines(Math.Max(ReviewScreen.MinimumWidth, canvas.Viewport.Width)).Count - page));
                break;
            case UiCommand.HelpScrollUp:
                helpScroll = Math.Max(0, helpScroll - page / 2);
                break;
            default:
                Mode = ScreenMode.Normal;
                break;
        }
    }

    private void OpenSearch(bool wholeMemory)
    {
        searchWholeMemory = wholeMemory;
        screen.SearchPrompt = wholeMemory ? "find in the whole memory:" : "/";
        Mode = ScreenMode.Search;
        session.Message = null;
        searchField.X = DisplayText.Width(screen.SearchPrompt) + 2;
        searchField.Text = string.Empty;
        searchField.Visible = true;
        searchField.SetFocus();
    }

    private void RunSearch(UiCommand command)
    {
        searchField.Visible = false;
        Mode = ScreenMode.Normal;
        canvas.SetFocus();
        if (command != UiCommand.SearchFind)
        {
            session.ClearSearch();
            session.Message = "search cancelled";
            return;
        }

        var query = searchField.Text ?? string.Empty;
        if (searchWholeMemory)
        {
            if (session.SearchMemory(query.Length > 0 ? query : session.LastSearch, MemorySearchLimit) is { Hits.Count: > 0 } found)
            {
                OpenConcordance(found);
            }

            return;
        }

        if (session.Search(query))
        {
            var message = session.Message;
            OpenConcordance(session.FindInDocument(session.LastSearch));
            session.Message = message;
        }
    }

    private void OpenConcordance(ConcordanceResult result)
    {
        concordance = new ConcordanceList(result, session.Document.Name, reviewCommand);
        concordance.SelectNear(session.Cursor);
        if (concordance.SelectedBead >= 0)
        {
            session.MoveTo(concordance.SelectedBead);
        }

        var count = result.Hits.Count == 1 ? "1 hit" : $"{(result.Truncated ? "first " : string.Empty)}{result.Hits.Count} hits";
        var scope = result.WholeMemory ? "the whole memory" : "this document";
        concordancePanel.Title = $"\"{result.Query}\" in {scope}: {count} (Enter jumps, Esc closes)";
        Mode = ScreenMode.Concordance;
        canvas.Height = Dim.Percent(50);
        concordancePanel.Visible = true;
        concordanceCanvas.SetFocus();
    }

    private void RunConcordance(UiCommand command)
    {
        if (concordance is not { } list)
        {
            CloseConcordance();
            return;
        }

        var page = Math.Max(1, concordanceCanvas.Viewport.Height / 3);
        switch (command)
        {
            case UiCommand.ConcordanceNext: Follow(list, list.Selected + 1); break;
            case UiCommand.ConcordancePrevious: Follow(list, list.Selected - 1); break;
            case UiCommand.ConcordancePageDown: Follow(list, list.Selected + page); break;
            case UiCommand.ConcordancePageUp: Follow(list, list.Selected - page); break;
            case UiCommand.ConcordanceJump: Jump(list); break;
            default: CloseConcordance(); break;
        }
    }

    /// <summary>Selects hit <paramref name="hit"/>; one of the reviewed document moves the review to its bead, so the
    /// pair is seen in place while the list stays open.</summary>
    private void Follow(ConcordanceList list, int hit)
    {
        list.Select(hit);
        if (list.SelectedBead >= 0)
        {
            session.MoveTo(list.SelectedBead);
        }

        session.Message = list.Where(list.Selected);
    }

    private void Jump(ConcordanceList list)
    {
        if (list.SelectedBead >= 0)
        {
            session.MoveTo(list.SelectedBead);
            CloseConcordance();
            session.Message = $"\"{list.Result.Query}\" in bead {list.SelectedBead + 1}";
            return;
        }

        var document = list.SelectedHit.Pair.Document;
        if (document == session.Document.Name)
        {
            session.Message = "this pair has changed since the search; search again";
            return;
        }

        // Another document: its pair is shown whole in the panel, read-only; reviewing it is another review.
        session.Message = reviewCommand is null
            ? $"from '{document}', shown read-only; review that document to edit it"
            : $"from '{document}', read-only here; the command under the pair reviews it";
    }

    private void CloseConcordance()
    {
        concordancePanel.Visible = false;
        concordance = null;
        canvas.Height = Dim.Fill();
        Mode = ScreenMode.Normal;
        canvas.SetFocus();
    }

    private void OnHitClicked(int row)
    {
        if (Mode != ScreenMode.Concordance || concordance is not { } list || concordanceCanvas.LastFrame is not { } frame || row >= frame.RowBeads.Count)
        {
            return;
        }

        var hit = frame.RowBeads[row];
        if (hit >= 0)
        {
            Follow(list, hit);
            canvas.SetNeedsDraw();
        }
    }

    private void OpenTextForm()
    {
        if (session.Links.Count == 0)
        {
            return;
        }

        var bead = session.Links[session.Cursor].Bead;
        editTargets = [
            .. Enumerable.Range(bead.EnStart, bead.EnCount).Select(i => (Language.English, i)),
            .. Enumerable.Range(bead.JaStart, bead.JaCount).Select(i => (Language.Japanese, i)),
        ];
        editTarget = 0;
        formKind = FormKind.SegmentText;
        form.Title = "Edit the text (Tab: next sentence of the bead, Enter saves, Esc cancels)";
        secondLabel.Visible = false;
        secondField.Visible = false;
        ShowEditTarget();
        OpenForm();
    }

    private void ShowEditTarget()
    {
        var (side, index) = editTargets[editTarget];
        var segments = side == Language.English ? session.English : session.Japanese;
        firstLabel.Text = $"{side} sentence {index + 1}:";
        firstField.Text = segments[index].Text;
    }

    private void OpenGlossaryForm()
    {
        formKind = FormKind.Glossary;
        form.Title = "Add to the glossary (Tab: next field, Enter saves, Esc cancels)";
        firstLabel.Text = "English term:";
        firstField.Text = string.Empty;
        secondLabel.Text = "Approved Japanese; then forbidden variants after '!' (承認訳 ! 禁止1, 禁止2):";
        secondField.Text = string.Empty;
        secondLabel.Visible = true;
        secondField.Visible = true;
        OpenForm();
    }

    private void OpenForm()
    {
        Mode = ScreenMode.Form;
        canvas.Height = Dim.Fill(FormHeight);
        form.Visible = true;
        firstField.SetFocus();
    }

    private void RunForm(UiCommand command)
    {
        switch (command)
        {
            case UiCommand.FormNextField when formKind == FormKind.SegmentText:
                editTarget = (editTarget + 1) % editTargets.Count;
                ShowEditTarget();
                return;
            case UiCommand.FormNextField:
                (firstField.HasFocus ? secondField : firstField).SetFocus();
                return;
            case UiCommand.FormSave when !SaveForm():
                return;
            case UiCommand.FormCancel:
                session.Message = formKind == FormKind.Glossary ? "nothing added to the glossary" : "edit cancelled";
                break;
        }

        CloseForm();
    }

    private bool SaveForm()
    {
        if (formKind == FormKind.SegmentText)
        {
            var (side, index) = editTargets[editTarget];
            return session.EditSegmentText(side, index, firstField.Text ?? string.Empty);
        }

        var parts = (secondField.Text ?? string.Empty).Split('!', 2);
        static List<string> Items(string text) =>
            [.. text.Split([',', '、', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        var entry = new GlossaryEntry(
            (firstField.Text ?? string.Empty).Trim(),
            Items(parts[0]),
            Note: null,
            parts.Length > 1 ? Items(parts[1]) : []);
        return session.AddGlossaryEntry(entry);
    }

    private void CloseForm()
    {
        form.Visible = false;
        canvas.Height = Dim.Fill();
        Mode = ScreenMode.Normal;
        canvas.SetFocus();
    }

    private void OpenTerms()
    {
        if (termClusters is null)
        {
            session.Message = "no terminology detector is connected";
            return;
        }

        termsRows = TermsPanelRow.From(termClusters.Clusters(), session.Document.Name);
        if (termsRows.Count == 0)
        {
            session.Message = "no inconsistent terms found in the memory";
            return;
        }

        termsList.SetSource(new ObservableCollection<TermsPanelRow>(termsRows));
        Mode = ScreenMode.Terms;
        canvas.Height = Dim.Percent(50);
        termsPanel.Visible = true;
        termsList.SetFocus();
        var firstLocation = termsRows.FindIndex(row => row.Location is not null);
        if (firstLocation >= 0)
        {
            termsList.SelectedItem = firstLocation;
            JumpToTerm(close: false);
        }
    }

    private void RunTerms(UiCommand command)
    {
        if (command == UiCommand.TermsJump)
        {
            JumpToTerm(close: true);
            return;
        }

        termsPanel.Visible = false;
        canvas.Height = Dim.Fill();
        Mode = ScreenMode.Normal;
        canvas.SetFocus();
    }

    private void JumpToTerm(bool close)
    {
        if (termsList.SelectedItem is int row)
        {
            JumpToTerm(row, close);
        }
    }

    private void JumpToTerm(int row, bool close)
    {
        if (row < 0 || row >= termsRows.Count)
        {
            return;
        }

        if (termsRows[row].Location is { } location)
        {
            var bead = session.BeadOf(Language.Japanese, location.Segment);
            if (bead >= 0)
            {
                session.MoveTo(bead);
                session.Message = $"{termsRows[row].Text.Trim()} (bead {bead + 1})";
            }
        }

        if (close)
        {
            RunTerms(UiCommand.TermsClose);
        }

        canvas.SetNeedsDraw();
    }

    /// <summary>A click on an occurrence does what Enter does on it: jump to its segment and close the panel. (The
    /// list's own click handling would only select it.)</summary>
    private void OnTermsClicked(object? sender, Mouse mouse)
    {
        if (Mode != ScreenMode.Terms || !(mouse.Flags.HasFlag(MouseFlags.LeftButtonPressed) || mouse.Flags.HasFlag(MouseFlags.LeftButtonClicked)) ||
            mouse.Position is not { } position)
        {
            return;
        }

        var row = termsList.Viewport.Y + position.Y;
        if (row >= 0 && row < termsRows.Count && termsRows[row].Location is not null)
        {
            JumpToTerm(row, close: true);
        }

        mouse.Handled = true;
    }

    private void OnRowClicked(int row)
    {
        if (Mode is not (ScreenMode.Normal or ScreenMode.Terms) || canvas.LastFrame is not { } frame || row >= frame.RowBeads.Count)
        {
            return;
        }

        var bead = frame.RowBeads[row];
        if (bead >= 0)
        {
            session.MoveTo(bead);
        }
    }

    private static ReviewCommand? ToSessionCommand(UiCommand command) =>
        UiCommands.SessionCommand.TryGetValue(command, out var reviewCommand) ? reviewCommand : null;
}
