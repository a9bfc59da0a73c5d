using System.Collections.ObjectModel;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using Workbench.Core.Documents;
using Workbench.Core.Review;
using Workbench.Core.Terminology;

namespace Workbench.Tui;

/// <summary>
/// The review screen on Terminal.Gui: the bead canvas, the search field, the edit and glossary forms and the terms
/// panel. Every key goes through <see cref="KeyMap"/> for the current <see cref="ScreenMode"/>; keys the map does not
/// know reach the focused text field or list, and nowhere else.
/// </summary>
public sealed class ReviewWindow : Runnable
{
    private const int FormHeight = 6;

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
    private List<TermsPanelRow> termsRows = [];
    private FormKind formKind;
    private List<(Language Side, int Index)> editTargets = [];
    private int editTarget;
    private int helpScroll;

    public ReviewWindow(IApplication app, ReviewSession session, ITermIssueSource? termIssues, ITermClusterSource? termClusters)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(session);
        this.app = app;
        this.session = session;
        this.termClusters = termClusters;
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
        termsPanel = new FrameView { Title = "Terms: inconsistent renderings (Enter jumps, Esc closes)", X = 0, Y = Pos.Percent(50), Width = Dim.Fill(), Height = Dim.Fill(), Visible = false };
        termsPanel.Add(termsList);
        Add(canvas, searchField, form, termsPanel);
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
            default:
                RunReview(command);
                break;
        }

        canvas.SetNeedsDraw();
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
                OpenSearch();
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

    private void OpenSearch()
    {
        Mode = ScreenMode.Search;
        session.Message = null;
        searchField.Text = string.Empty;
        searchField.Visible = true;
        searchField.SetFocus();
    }

    private void RunSearch(UiCommand command)
    {
        if (command == UiCommand.SearchFind)
        {
            session.Search(searchField.Text ?? string.Empty);
        }
        else
        {
            session.ClearSearch();
            session.Message = "search cancelled";
        }

        searchField.Visible = false;
        Mode = ScreenMode.Normal;
        canvas.SetFocus();
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
        var selected = termsList.SelectedItem;
        if (selected is not int row || row < 0 || row >= termsRows.Count)
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
